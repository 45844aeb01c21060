package discord

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/answers/answerstest"
	"github.com/citebot/citebot/bot/internal/fakediscord"
	"github.com/citebot/citebot/corpus"
)

// wait bounds every wait for the fake; events normally arrive in
// milliseconds.
const wait = 10 * time.Second

// index returns the index of the embedded corpus, built once.
func index(t *testing.T) *answers.Index { return answerstest.Embedded(t) }

// waitLog waits until the log has a line holding s and returns it.
func waitLog(t *testing.T, l *fakediscord.LogBuffer, s string) string {
	t.Helper()
	line, ok := l.WaitFor(s, wait)
	if !ok {
		t.Fatalf("log never said %q; log:\n%s", s, line)
	}
	return line
}

// harness is a Bot connected to a fake Discord.
type harness struct {
	t     *testing.T
	fake  *fakediscord.Server
	bot   *Bot
	ix    *answers.Index
	logs  *fakediscord.LogBuffer
	token string
}

var ids atomic.Int64

// nextID returns a fresh snowflake-like ID.
func nextID() string { return fmt.Sprint(400000000000000000 + ids.Add(1)) }

// start connects a Bot with cfg to a new fake Discord and waits for it to
// register its commands. At the end of the test it checks that the token
// never reached the log.
func start(t *testing.T, cfg Config) *harness {
	t.Helper()
	return launch(t, cfg, false)
}

// startMaybeDeferred starts a bot that answers at once, or one that defers
// every answer, with the default configuration.
func startMaybeDeferred(t *testing.T, deferred bool) *harness {
	t.Helper()
	if deferred {
		return startDeferred(t, Config{})
	}
	return start(t, Config{})
}

// startDeferred is start for a bot that must defer every answer to an
// interaction: its timer is as short as can be, and each search waits
// until the fake Discord holds the deferred response, so that a fast
// search cannot beat the timer.
func startDeferred(t *testing.T, cfg Config) *harness {
	t.Helper()
	cfg.DeferAfter = time.Nanosecond
	return launch(t, cfg, true)
}

func launch(t *testing.T, cfg Config, held bool) *harness {
	t.Helper()
	fake := fakediscord.New()
	t.Cleanup(fake.Close)
	h := &harness{t: t, fake: fake, ix: index(t), logs: fakediscord.NewLogBuffer(), token: "MTAw.secret-token." + nextID()}
	cfg.Token = h.token
	cfg.APIBase = fake.URL()
	cfg.Logger = slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	var ix Index = h.ix
	if held {
		ix = &heldIndex{Index: h.ix, fake: fake}
	}
	b, err := New(ix, cfg)
	if err != nil {
		t.Fatal(err)
	}
	h.bot = b
	if err := b.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := b.Close(context.Background()); err != nil {
			t.Error(err)
		}
		if strings.Contains(h.logs.String(), h.token) {
			t.Errorf("the token is in the log:\n%s", h.logs.String())
		}
	})
	if got := fake.WaitRequests(wait, 1, isRegistration); len(got) == 0 {
		t.Fatalf("commands never registered; requests: %v", fake.Requests())
	}
	return h
}

// heldIndex is an index whose n-th search waits until the fake Discord has
// received n deferred responses (or until the wait runs out, and then the
// test fails on what the bot sent).
type heldIndex struct {
	*answers.Index
	fake     *fakediscord.Server
	searches atomic.Int64
}

func (ix *heldIndex) Search(question string, opt answers.Options) ([]answers.Answer, error) {
	n := int(ix.searches.Add(1))
	ix.fake.WaitRequests(wait, n, isDeferral)
	return ix.Index.Search(question, opt)
}

// isDeferral says whether r is a deferred response to an interaction
// (type 5, Discord's "thinking…").
func isDeferral(r fakediscord.Request) bool {
	var c callback
	return r.Method == "POST" && strings.HasSuffix(r.Path, "/callback") && r.Decode(&c) == nil && c.Type == 5
}

func isRegistration(r fakediscord.Request) bool {
	return r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands")
}

// interaction is an INTERACTION_CREATE payload being built.
type interaction map[string]any

// newInteraction returns an interaction of the given type from user, in
// guild or, when guild is "", in a direct message.
func newInteraction(typ discordgo.InteractionType, guild, user string, data any) interaction {
	id := nextID()
	i := interaction{
		"id": id, "application_id": fakediscord.AppID, "type": typ, "token": "itoken-" + id,
		"channel_id": "500000000000000001", "version": 1, "data": data, "locale": "en-US",
	}
	u := map[string]any{"id": user, "username": "user" + user, "discriminator": "0"}
	if guild != "" {
		i["guild_id"] = guild
		i["member"] = map[string]any{"user": u, "roles": []string{}}
		i["context"] = discordgo.InteractionContextGuild
	} else {
		i["user"] = u
		i["context"] = discordgo.InteractionContextBotDM
	}
	return i
}

func (i interaction) id() string    { return i["id"].(string) }
func (i interaction) token() string { return i["token"].(string) }

func (i interaction) callbackPath() string {
	return "/api/v9/interactions/" + i.id() + "/" + i.token() + "/callback"
}

func (i interaction) originalPath() string {
	return "/api/v9/webhooks/" + fakediscord.AppID + "/" + i.token() + "/messages/@original"
}

// ask is an /ask interaction.
func ask(guild, user, question string, private bool) interaction {
	opts := []map[string]any{{"name": optQuestion, "type": discordgo.ApplicationCommandOptionString, "value": question}}
	if private {
		opts = append(opts, map[string]any{"name": optPrivate, "type": discordgo.ApplicationCommandOptionBoolean, "value": true})
	}
	return newInteraction(discordgo.InteractionApplicationCommand, guild, user,
		map[string]any{"id": "600000000000000001", "name": cmdAsk, "type": 1, "options": opts})
}

// send dispatches an event and fails the test if it cannot.
func (h *harness) send(event string, data any) {
	h.t.Helper()
	if err := h.fake.Dispatch(event, data); err != nil {
		h.t.Fatal(err)
	}
}

// callback is the body of an interaction response, as Discord reads it.
type callback struct {
	Type int         `json:"type"`
	Data messageBody `json:"data"`
}

// messageBody is what the bot sends as a message, in any of the ways.
type messageBody struct {
	Content         string                    `json:"content"`
	Flags           int                       `json:"flags"`
	Embeds          []*discordgo.MessageEmbed `json:"embeds"`
	Components      []row                     `json:"components"`
	AllowedMentions *struct {
		Parse []string `json:"parse"`
	} `json:"allowed_mentions"`
	Choices []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"choices"`
	Reference *struct {
		MessageID string `json:"message_id"`
	} `json:"message_reference"`
}

type row struct {
	Type       int `json:"type"`
	Components []struct {
		Type     int    `json:"type"`
		Label    string `json:"label"`
		CustomID string `json:"custom_id"`
	} `json:"components"`
}

// buttons returns the custom ids of the message's buttons, in order.
func (m messageBody) buttons() []string {
	var ids []string
	for _, r := range m.Components {
		for _, c := range r.Components {
			ids = append(ids, c.CustomID)
		}
	}
	return ids
}

// response waits for the n-th request to path and decodes it.
func (h *harness) response(method, path string, n int) messageBody {
	h.t.Helper()
	got := h.fake.WaitRequests(wait, n, func(r fakediscord.Request) bool { return r.Method == method && r.Path == path })
	if len(got) < n {
		h.t.Fatalf("no %s %s (#%d); requests: %v", method, path, n, paths(h.fake.Requests()))
	}
	r := got[n-1]
	if strings.HasSuffix(path, "/callback") {
		var c callback
		if err := r.Decode(&c); err != nil {
			h.t.Fatal(err)
		}
		return c.Data
	}
	var m messageBody
	if err := r.Decode(&m); err != nil {
		h.t.Fatal(err)
	}
	return m
}

// callbackType waits for the interaction's response and returns its type.
func (h *harness) callbackType(i interaction, n int) int {
	h.t.Helper()
	got := h.fake.WaitRequests(wait, n, func(r fakediscord.Request) bool { return r.Path == i.callbackPath() })
	if len(got) < n {
		h.t.Fatalf("no response #%d to %s; requests: %v", n, i.id(), paths(h.fake.Requests()))
	}
	var c callback
	if err := got[n-1].Decode(&c); err != nil {
		h.t.Fatal(err)
	}
	return c.Type
}

func paths(rs []fakediscord.Request) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Method + " " + r.Path
	}
	return out
}

// questionWith returns a question, taken from the corpus's own words, that
// the index answers with at least n answers, and those answers with one
// more asked for than the bot shows.
func questionWith(t *testing.T, ix *answers.Index, n, k int) (string, []answers.Answer) {
	t.Helper()
	c := ix.Corpus()
	for i := range c.Sentences {
		words := strings.Fields(c.Text(i))
		if len(words) < 8 || c.Sentences[i].Kind != corpus.Text {
			continue
		}
		q := strings.Join(words[:8], " ")
		as, err := ix.Search(q, answers.Options{K: k + 1})
		if err == nil && len(as) >= n {
			return q, as
		}
	}
	t.Fatalf("no question in the corpus gets %d answers", n)
	return "", nil
}

// questionAlsoIn returns a question whose first answer other articles also
// report, and the answers to it with one more asked for than the bot
// shows. The question is a sentence of the corpus, asked word for word.
func questionAlsoIn(t *testing.T, ix *answers.Index) (string, []answers.Answer) {
	t.Helper()
	c := ix.Corpus()
	for i := range c.Sentences {
		q := c.Text(i)
		as, err := ix.Search(q, answers.Options{K: defaultK + 1})
		if err == nil && len(as) > 0 && len(as[0].AlsoIn) > 0 {
			return q, as
		}
	}
	t.Fatalf("no sentence of the corpus, asked as a question, gets an answer with also_in: the engine no longer finds other reports")
	return "", nil
}
