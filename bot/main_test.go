package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/bot/internal/fakediscord"
)

// env returns a LookupEnv over a fixed set of variables.
func env(vars map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) {
		v, ok := vars[k]
		return v, ok
	}
}

func TestParseFlags(t *testing.T) {
	dir := t.TempDir()
	dotenv := filepath.Join(dir, ".env")
	if err := os.WriteFile(dotenv, []byte("DISCORD_TOKEN=from-file\nCORPUS_DIR=/file/corpus\nSHARD_COUNT=4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		args    []string
		vars    map[string]string
		envFile string
		check   func(Config) bool
		wantErr string // "" for none
		exit    int
	}{
		{name: "dry run needs no token", args: []string{"--dry-run"}, check: func(c Config) bool {
			return c.DryRun && c.K == 3 && c.LogLevel == slog.LevelWarn && c.ShardCount == 1
		}},
		{name: "missing token", args: nil, wantErr: "DISCORD_TOKEN is not set", exit: 2},
		{name: "token from .env", envFile: dotenv, check: func(c Config) bool {
			return c.Token == "from-file" && c.CorpusDir == "/file/corpus" && c.ShardCount == 4 && c.LogLevel == slog.LevelInfo
		}},
		{name: "environment over .env", envFile: dotenv, vars: map[string]string{"DISCORD_TOKEN": "from-env", "CORPUS_DIR": "/env"},
			check: func(c Config) bool { return c.Token == "from-env" && c.CorpusDir == "/env" }},
		{name: "flags over environment", envFile: dotenv, args: []string{"--corpus", "/flag", "-k", "5", "--log-level", "debug"},
			vars:  map[string]string{"CORPUS_DIR": "/env", "LOG_LEVEL": "error"},
			check: func(c Config) bool { return c.CorpusDir == "/flag" && c.K == 5 && c.LogLevel == slog.LevelDebug }},
		{name: "every setting", vars: map[string]string{"DISCORD_TOKEN": " t ", "DISCORD_GUILD_ID": "g", "DISCORD_API_BASE": "http://x", "SHARD_ID": "1", "SHARD_COUNT": "2"},
			check: func(c Config) bool {
				return c.Token == "t" && c.GuildID == "g" && c.APIBase == "http://x" && c.ShardID == 1 && c.ShardCount == 2
			}},
		{name: "shard out of range", vars: map[string]string{"DISCORD_TOKEN": "t", "SHARD_ID": "2", "SHARD_COUNT": "2"}, wantErr: "SHARD_ID", exit: 2},
		{name: "shard not a number", vars: map[string]string{"DISCORD_TOKEN": "t", "SHARD_COUNT": "two"}, wantErr: "SHARD_COUNT", exit: 2},
		{name: "bad k", args: []string{"--dry-run", "-k", "0"}, wantErr: "-k 0", exit: 2},
		{name: "bad log level", args: []string{"--dry-run", "--log-level", "loud"}, wantErr: "log level", exit: 2},
		{name: "unknown flag", args: []string{"--dry-run", "--nope"}, wantErr: "nope", exit: 2},
		{name: "stray argument", args: []string{"--dry-run", "who?"}, wantErr: "standard input", exit: 2},
		{name: "help", args: []string{"-h"}, wantErr: "help requested", exit: 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			m := &Main{Stderr: &stderr, EnvFile: tc.envFile, LookupEnv: env(tc.vars)}
			err := m.ParseFlags(tc.args)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if !tc.check(m.Config) {
					t.Errorf("config %+v", m.Config)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error %v, want one about %q", err, tc.wantErr)
			}
			var out bytes.Buffer
			if code := reportExit(&out, err); code != tc.exit {
				t.Errorf("exit code %d, want %d", code, tc.exit)
			}
			if tc.exit == 2 && strings.Count(out.String(), "\n") != 1 {
				t.Errorf("want one line, got %q", out.String())
			}
		})
	}
}

func TestMissingTokenMessage(t *testing.T) {
	m := &Main{Stderr: &bytes.Buffer{}, LookupEnv: env(nil)}
	err := m.ParseFlags(nil)
	var out bytes.Buffer
	if code := reportExit(&out, err); code != 2 {
		t.Errorf("exit code %d, want 2", code)
	}
	for _, want := range []string{"DISCORD_TOKEN", ".env", "environment", "https://discord.com/developers/applications", "--dry-run"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("message %q does not mention %s", out.String(), want)
		}
	}
}

func TestDryRunJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader("Blinken Kazakhstan visit sanctions\n\n"), Stdout: &stdout, Stderr: &stderr, LookupEnv: env(nil)}
	if err := m.ParseFlags([]string{"--dry-run", "--json", "-k", "1"}); err != nil {
		t.Fatal(err)
	}
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines:\n%s", len(lines), stdout.String())
	}
	for n, line := range lines {
		var r struct {
			Question *string          `json:"question"`
			Answers  []map[string]any `json:"answers"`
			Error    string           `json:"error"`
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil || r.Question == nil || r.Answers == nil || len(r.Answers) > 1 {
			t.Errorf("line %d: %s (%v)", n, line, err)
		}
		if (n == 1) != (r.Error != "") {
			t.Errorf("line %d: error %q", n, r.Error)
		}
	}
}

func TestTokenNeverLogged(t *testing.T) {
	fake := fakediscord.New()
	defer fake.Close()
	const token = "MTAwMDAw.secret.never-log-me"
	stderr := fakediscord.NewLogBuffer()
	m := &Main{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: stderr, LookupEnv: env(map[string]string{
		"DISCORD_TOKEN": token, "DISCORD_API_BASE": fake.URL(), "LOG_LEVEL": "debug",
	})}
	if err := m.ParseFlags(nil); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx) }()
	if _, ok := stderr.WaitFor("slash commands registered", 10*time.Second); !ok {
		t.Fatalf("the bot never registered its commands; log:\n%s", stderr.String())
	}
	// discordgo's own log lines go through the same log, token removed.
	discordgo.Logger(discordgo.LogError, 1, "identify with %s", token)
	// A failing call logs its error.
	fake.FailOnce("POST", "/api/v9/interactions/1/t/callback", 500)
	if err := fake.Dispatch("INTERACTION_CREATE", map[string]any{
		"id": "1", "application_id": fakediscord.AppID, "type": 2, "token": "t", "channel_id": "2",
		"user": map[string]any{"id": "3"}, "data": map[string]any{"name": "help", "type": 1},
	}); err != nil {
		t.Fatal(err)
	}
	stderr.WaitFor("Discord call failed", 10*time.Second)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	log := stderr.String()
	for _, want := range []string{"slash commands registered", "identify with [token]", "Discord call failed"} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}
	if strings.Contains(log, token) || strings.Contains(log, "secret") {
		t.Errorf("the token is in the log:\n%s", log)
	}
}

func TestReportExit(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want int
	}{
		{errHelp, 0},
		{usage("bad"), 2},
		{errors.New("network down"), 1},
	} {
		if got := reportExit(&bytes.Buffer{}, tc.err); got != tc.want {
			t.Errorf("reportExit(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}
