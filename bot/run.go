package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
	"github.com/joho/godotenv"
	"golang.org/x/term"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/bot/internal/console"
	"github.com/citebot/citebot/bot/internal/discord"
	"github.com/citebot/citebot/corpus"
)

// Main is the program: ParseFlags reads the settings, Run answers
// questions until the input ends (console) or ctx is done (Discord), and
// Close disconnects. Tests drive it as main does.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Interactive    bool   // Stdin is a terminal: show a prompt
	Width          int    // columns of the terminal that Stdout is, to wrap answers; 0 when Stdout is no terminal
	EnvFile        string // read settings from this file when it exists; "" reads none
	LookupEnv      func(string) (string, bool)

	Config Config

	log *slog.Logger
	bot *discord.Bot
}

// Config holds every setting, after .env, the environment and flags.
type Config struct {
	DryRun    bool
	JSON      bool
	K         int
	CorpusDir string
	Explain   bool
	LogLevel  slog.Level

	Token      string
	GuildID    string
	APIBase    string
	ShardID    int
	ShardCount int
}

// usageError is a mistake in the settings; the program exits with 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usage(format string, a ...any) error { return &usageError{fmt.Errorf(format, a...)} }

// errHelp is returned by ParseFlags after printing the help for -h.
var errHelp = errors.New("help requested")

// NewMain returns a Main that uses the process's standard streams,
// environment and ./.env.
func NewMain() *Main {
	interactive := false
	if fi, err := os.Stdin.Stat(); err == nil {
		interactive = fi.Mode()&os.ModeCharDevice != 0
	}
	width := 0
	if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil && w > 0 {
		width = w - 1 // some terminals wrap a line that fills the last column
	}
	return &Main{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Interactive: interactive, Width: width, EnvFile: ".env", LookupEnv: os.LookupEnv,
	}
}

// ParseFlags reads the settings: .env first, then the environment over
// it, then the flags over both.
func (m *Main) ParseFlags(args []string) error {
	env, err := m.env()
	if err != nil {
		return err
	}
	c := &m.Config
	fs := flag.NewFlagSet("bot", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: bot [--dry-run [--json] [--explain]] [-k N] [--corpus DIR] [--log-level LEVEL]")
		fmt.Fprintln(fs.Output(), "Answers questions about news articles with verbatim, linked quotes, on Discord or (--dry-run) in the console.")
		fmt.Fprintln(fs.Output(), "Settings also come from the environment and .env: DISCORD_TOKEN, DISCORD_GUILD_ID, DISCORD_API_BASE, CORPUS_DIR, SHARD_ID, SHARD_COUNT, LOG_LEVEL.")
		fs.PrintDefaults()
	}
	fs.BoolVar(&c.DryRun, "dry-run", false, "answer in the console instead of on Discord; needs no token")
	fs.BoolVar(&c.JSON, "json", false, "console: write one JSON object per question")
	fs.IntVar(&c.K, "k", 3, "answers per question")
	fs.StringVar(&c.CorpusDir, "corpus", env("CORPUS_DIR"), "folder of articles to use instead of the embedded corpus (env CORPUS_DIR)")
	fs.BoolVar(&c.Explain, "explain", false, "console: show why each answer ranked where it did")
	level := fs.String("log-level", env("LOG_LEVEL"), "debug, info, warn or error (env LOG_LEVEL; default info, warn with --dry-run)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return &usageError{err}
	}
	if fs.NArg() > 0 {
		return usage("unexpected arguments %q: questions are read from the standard input", fs.Args())
	}
	if c.K < 1 || c.K > 10 {
		return usage("-k %d: want 1 to 10 answers", c.K)
	}
	if c.LogLevel, err = parseLevel(*level, c.DryRun); err != nil {
		return err
	}
	c.Token = strings.TrimSpace(env("DISCORD_TOKEN"))
	c.GuildID = env("DISCORD_GUILD_ID")
	c.APIBase = env("DISCORD_API_BASE")
	if c.ShardID, err = envInt(env, "SHARD_ID", 0); err != nil {
		return err
	}
	if c.ShardCount, err = envInt(env, "SHARD_COUNT", 1); err != nil {
		return err
	}
	if c.ShardCount < 1 || c.ShardID < 0 || c.ShardID >= c.ShardCount {
		return usage("SHARD_ID=%d SHARD_COUNT=%d: want 0 ≤ SHARD_ID < SHARD_COUNT", c.ShardID, c.ShardCount)
	}
	if !c.DryRun && c.Token == "" {
		return &usageError{discord.ErrNoToken}
	}
	m.log = slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: c.LogLevel}))
	return nil
}

// env returns a function giving each setting from the environment, or
// else from the .env file.
func (m *Main) env() (func(string) string, error) {
	file := map[string]string{}
	if m.EnvFile != "" {
		f, err := godotenv.Read(m.EnvFile)
		switch {
		case err == nil:
			file = f
		case !errors.Is(err, os.ErrNotExist):
			return nil, usage("read %s: %v", m.EnvFile, err)
		}
	}
	lookup := m.LookupEnv
	if lookup == nil {
		lookup = func(string) (string, bool) { return "", false }
	}
	return func(key string) string {
		if v, ok := lookup(key); ok {
			return v
		}
		return file[key]
	}, nil
}

func envInt(env func(string) string, key string, def int) (int, error) {
	v := strings.TrimSpace(env(key))
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, usage("%s=%q: want a whole number", key, v)
	}
	return n, nil
}

func parseLevel(s string, dryRun bool) (slog.Level, error) {
	if s == "" {
		if dryRun {
			return slog.LevelWarn, nil
		}
		return slog.LevelInfo, nil
	}
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return 0, usage("log level %q: want debug, info, warn or error", s)
	}
	return l, nil
}

// Run answers questions: from the console with --dry-run, until its input
// ends or ctx is done; else on Discord, until ctx is done.
func (m *Main) Run(ctx context.Context) error {
	c := &m.Config
	ix, err := m.index()
	if err != nil {
		return err
	}
	if c.DryRun {
		con := &console.Console{
			Index: ix, In: m.Stdin, Out: m.Stdout, K: c.K, JSON: c.JSON,
			Explain: c.Explain, Prompt: m.Interactive, Width: m.Width, Logger: m.log,
		}
		return con.Run(ctx)
	}
	routeDiscordgoLog(m.log, c.Token)
	m.bot, err = discord.New(ix, discord.Config{
		Token: c.Token, GuildID: c.GuildID, APIBase: c.APIBase, ShardID: c.ShardID, ShardCount: c.ShardCount,
		K: c.K, Logger: m.log,
	})
	if err != nil {
		return &usageError{err}
	}
	if err := m.bot.Open(); err != nil {
		return err
	}
	m.log.Info("answering on Discord; stop with Ctrl-C", "articles", len(ix.Corpus().Articles))
	<-ctx.Done()
	m.log.Info("shutting down")
	return nil
}

// Close disconnects from Discord, after the answers in progress.
func (m *Main) Close() error {
	if m.bot == nil {
		return nil
	}
	return m.bot.Close(context.Background())
}

// index loads the corpus and indexes it.
func (m *Main) index() (*answers.Index, error) {
	var (
		c   *corpus.Corpus
		err error
	)
	if m.Config.CorpusDir != "" {
		c, err = corpus.LoadDir(m.Config.CorpusDir)
	} else {
		c, err = corpus.Embedded()
	}
	if err != nil {
		return nil, fmt.Errorf("load corpus: %w", err)
	}
	if len(c.Articles) == 0 {
		return nil, usage("corpus %q holds no articles (*.md)", m.Config.CorpusDir)
	}
	return answers.New(c), nil
}

var discordgoLog sync.Mutex

// routeDiscordgoLog sends discordgo's own log lines, which it writes with
// the standard log package unless told otherwise, to log, with the token
// removed. discordgo offers only a package-wide hook for this, so it is
// set here, in the program, and nowhere else.
func routeDiscordgoLog(log *slog.Logger, token string) {
	discordgoLog.Lock()
	defer discordgoLog.Unlock()
	levels := map[int]slog.Level{
		discordgo.LogError: slog.LevelError, discordgo.LogWarning: slog.LevelWarn,
		discordgo.LogInformational: slog.LevelInfo, discordgo.LogDebug: slog.LevelDebug,
	}
	discordgo.Logger = func(level, _ int, format string, a ...any) {
		msg := fmt.Sprintf(format, a...)
		if token != "" {
			msg = strings.ReplaceAll(msg, token, "[token]")
		}
		log.Log(context.Background(), levels[level], msg, "component", "discordgo")
	}
}
