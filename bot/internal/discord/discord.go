// Package discord answers questions on Discord: the /ask, /sources and
// /help slash commands, the buttons under an answer, direct messages and
// messages that mention the bot. It adapts a discordgo Session to an
// Index, which *answers.Index implements.
package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"golang.org/x/time/rate"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/corpus"
)

// Defaults for Config fields left zero.
const (
	defaultK           = 3
	defaultDeferAfter  = 2 * time.Second
	defaultEvery       = 5 * time.Second
	defaultBurst       = 3
	defaultDrainTimout = 10 * time.Second
	restTimeout        = 10 * time.Second
)

// Config says how to connect and how to answer.
type Config struct {
	Token      string // bot token, without the "Bot " prefix
	GuildID    string // register commands in this guild only; "" registers them globally
	APIBase    string // replaces https://discord.com for every REST call; "" for Discord
	ShardID    int
	ShardCount int // 0 means 1

	K          int           // answers per message; 0 means 3, at most 10
	DeferAfter time.Duration // a search slower than this is answered by a deferred response; 0 means 2 s

	// Each user may ask Burst questions at once, then one every Every.
	Every time.Duration // 0 means 5 s
	Burst int           // 0 means 3

	DrainTimeout time.Duration // how long Close waits for answers in progress; 0 means 10 s

	Logger *slog.Logger // nil means slog.Default()
}

// Index is what the bot asks of a search index; *answers.Index is the one
// it runs on.
type Index interface {
	Search(question string, opt answers.Options) ([]answers.Answer, error)
	Unmentioned(question string) ([]string, error)
	Suggest(partial string, n int) []string
	Corpus() *corpus.Corpus
	Source(article int) answers.Source
	Context(sentence, n int) answers.Context
	Lookup(articleID string, n int) (int, bool)
}

// Bot is a connection to Discord that answers questions from one index.
type Bot struct {
	ix      Index
	cfg     Config
	log     *slog.Logger
	session *discordgo.Session

	registered atomic.Bool // commands were registered

	mu      sync.Mutex
	closing bool
	quit    chan struct{} // closed when Close begins
	work    sync.WaitGroup

	limits limiter
}

// ErrNoToken reports that no bot token was given.
var ErrNoToken = errors.New("DISCORD_TOKEN is not set: put DISCORD_TOKEN=<bot token> in .env or the environment " +
	"(the token is on https://discord.com/developers/applications → your application → Bot → Reset Token), " +
	"or run with --dry-run to ask questions in the console")

// New checks cfg and prepares a Bot; Open connects it.
func New(ix Index, cfg Config) (*Bot, error) {
	if strings.TrimSpace(cfg.Token) == "" {
		return nil, ErrNoToken
	}
	cfg.Token = strings.TrimPrefix(strings.TrimSpace(cfg.Token), "Bot ")
	if cfg.ShardCount == 0 {
		cfg.ShardCount = 1
	}
	if cfg.ShardCount < 1 || cfg.ShardID < 0 || cfg.ShardID >= cfg.ShardCount {
		return nil, fmt.Errorf("shard %d of %d: want 0 ≤ SHARD_ID < SHARD_COUNT", cfg.ShardID, cfg.ShardCount)
	}
	if cfg.K == 0 {
		cfg.K = defaultK
	}
	if cfg.K < 1 || cfg.K > maxEmbeds {
		return nil, fmt.Errorf("%d answers per message: want 1 to %d", cfg.K, maxEmbeds)
	}
	if cfg.DeferAfter <= 0 {
		cfg.DeferAfter = defaultDeferAfter
	}
	if cfg.Every <= 0 {
		cfg.Every = defaultEvery
	}
	if cfg.Burst <= 0 {
		cfg.Burst = defaultBurst
	}
	if cfg.DrainTimeout <= 0 {
		cfg.DrainTimeout = defaultDrainTimout
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	client, err := newClient(cfg.APIBase)
	if err != nil {
		return nil, err
	}
	s, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	s.Client = client
	s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	s.Identify.Intents = discordgo.IntentsDirectMessages | discordgo.IntentsGuildMessages
	s.LogLevel = discordgo.LogWarning

	b := &Bot{ix: ix, cfg: cfg, log: log, session: s, quit: make(chan struct{}), limits: limiter{every: rate.Every(cfg.Every), burst: cfg.Burst}}
	s.AddHandler(b.onReady)
	s.AddHandler(b.onInteraction)
	s.AddHandler(b.onMessage)
	return b, nil
}

// Open connects to the gateway. Commands are registered when Discord says
// the bot is ready.
func (b *Bot) Open() error {
	if err := b.session.Open(); err != nil {
		return fmt.Errorf("connect to Discord: %s", b.redact(err.Error()))
	}
	return nil
}

// Close stops taking questions, waits up to the drain timeout or ctx for
// the answers in progress, then disconnects. Commands stay registered.
func (b *Bot) Close(ctx context.Context) error {
	b.mu.Lock()
	if !b.closing {
		b.closing = true
		close(b.quit)
	}
	b.mu.Unlock()
	done := make(chan struct{})
	go func() {
		b.work.Wait()
		close(done)
	}()
	ctx, cancel := context.WithTimeout(ctx, b.cfg.DrainTimeout)
	defer cancel()
	select {
	case <-done:
	case <-ctx.Done():
		b.log.Warn("closing with answers still in progress", "err", ctx.Err())
	}
	if err := b.session.Close(); err != nil {
		return fmt.Errorf("disconnect from Discord: %s", b.redact(err.Error()))
	}
	return nil
}

// begin registers one piece of work; it is false once Close has begun.
func (b *Bot) begin() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closing {
		return false
	}
	b.work.Add(1)
	return true
}

// guard runs a handler as tracked work that cannot crash the bot.
func (b *Bot) guard(what string, f func()) {
	if !b.begin() {
		b.log.Info("shutting down: event ignored", "event", what)
		return
	}
	defer b.work.Done()
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("handler panicked", "event", what, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		}
	}()
	f()
}

// secretInURL matches the interaction or webhook token in an API path.
var secretInURL = regexp.MustCompile(`(/(?:interactions|webhooks)/[0-9]+/)[^/?"\s]+`)

// redact removes the bot token and interaction tokens from a message
// bound for the log.
func (b *Bot) redact(s string) string {
	if b.cfg.Token != "" {
		s = strings.ReplaceAll(s, b.cfg.Token, "[token]")
	}
	return secretInURL.ReplaceAllString(s, "${1}[token]")
}

// errAttr is err as a log attribute with every secret removed.
func (b *Bot) errAttr(err error) slog.Attr {
	return slog.String("err", b.redact(err.Error()))
}

// onReady registers the commands, once per process, from shard 0 only:
// every shard would otherwise overwrite the same set.
func (b *Bot) onReady(s *discordgo.Session, r *discordgo.Ready) {
	b.guard("READY", func() {
		b.log.Info("connected", "shard", b.cfg.ShardID, "shards", b.cfg.ShardCount)
		if b.cfg.ShardID != 0 || b.registered.Load() {
			return
		}
		var appID string
		switch {
		case r.Application != nil && r.Application.ID != "":
			appID = r.Application.ID
		case r.User != nil:
			appID = r.User.ID // the same for bots made in the Developer Portal
		default:
			b.log.Error("READY names no application: slash commands not registered")
			return
		}
		if _, err := s.ApplicationCommandBulkOverwrite(appID, b.cfg.GuildID, commands()); err != nil {
			b.log.Error("registering slash commands failed", "guild_id", b.cfg.GuildID, b.errAttr(err))
			return
		}
		b.registered.Store(true)
		b.log.Info("slash commands registered", "guild_id", b.cfg.GuildID, "commands", len(commands()))
	})
}

// limiter gives each user a token bucket, and remembers whether the user
// was already told to slow down, so that a flood gets one refusal.
type limiter struct {
	every rate.Limit
	burst int

	mu    sync.Mutex
	users map[string]*userLimit
}

type userLimit struct {
	bucket  *rate.Limiter
	refused bool
}

// verdict is what to do with one request.
type verdict int

const (
	allow  verdict = iota // answer
	refuse                // say once that the user must wait
	ignore                // say nothing: the user was already told
)

// maxTracked bounds the users remembered; full buckets are forgotten first.
const maxTracked = 10000

func (l *limiter) check(user string) verdict {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.users == nil {
		l.users = make(map[string]*userLimit)
	}
	u, ok := l.users[user]
	if !ok {
		if len(l.users) >= maxTracked {
			for id, v := range l.users {
				if v.bucket.Tokens() >= float64(l.burst) {
					delete(l.users, id)
				}
			}
		}
		u = &userLimit{bucket: rate.NewLimiter(l.every, l.burst)}
		l.users[user] = u
	}
	if u.bucket.Allow() {
		u.refused = false
		return allow
	}
	if u.refused {
		return ignore
	}
	u.refused = true
	return refuse
}

// slowDown is the one refusal a user gets when asking too fast.
const slowDown = "You are asking faster than I can keep up with: please wait a few seconds and ask again."

// apology is what the user reads when Discord or the bot failed.
const apology = "Sorry, something went wrong while answering. Please try again in a moment."

// noMentions lets no message ping anyone, whatever text it carries.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// search runs a search with a deadline: the result arrives on the returned
// channel, which is also closed afterwards.
func (b *Bot) search(question string, offset int) <-chan result {
	ch := make(chan result, 1)
	b.work.Add(1)
	go func() {
		defer b.work.Done()
		defer close(ch)
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("search panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				ch <- result{err: errSearchFailed}
			}
		}()
		as, err := b.ix.Search(question, answers.Options{K: b.cfg.K + 1, Offset: offset})
		r := result{answers: as, err: err}
		if err == nil && len(as) == 0 && offset == 0 {
			r.unmentioned, _ = b.ix.Unmentioned(question)
		}
		ch <- r
	}()
	return ch
}

// result is the outcome of one search.
type result struct {
	answers     []answers.Answer
	unmentioned []string // with no answers: the question's names no article mentions
	err         error
}

var errSearchFailed = errors.New("search failed")

// logQuestion writes the one log line for a question answered.
func (b *Bot) logQuestion(surface, guildID string, start time.Time, n int) {
	outcome := "answered"
	if n == 0 {
		outcome = "abstained"
	}
	b.log.Info("question", "surface", surface, "guild_id", guildID,
		"latency_ms", time.Since(start).Milliseconds(), "outcome", outcome, "answers", n)
}

func surface(guildID string) string {
	if guildID == "" {
		return "dm"
	}
	return "guild"
}
