package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/bot/internal/fakediscord"
	"github.com/citebot/citebot/bot/internal/render"
)

const guild = "700000000000000001"

func TestRegistration(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, guild, path string
	}{
		{"global", "", "/api/v9/applications/" + fakediscord.AppID + "/commands"},
		{"guild", guild, "/api/v9/applications/" + fakediscord.AppID + "/guilds/" + guild + "/commands"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := start(t, Config{GuildID: tc.guild})
			regs := h.fake.WaitRequests(wait, 1, isRegistration)
			if len(regs) != 1 || regs[0].Path != tc.path {
				t.Fatalf("registrations %v, want one PUT %s", paths(regs), tc.path)
			}
			var cmds []struct {
				Name             string `json:"name"`
				Description      string `json:"description"`
				Contexts         []int  `json:"contexts"`
				IntegrationTypes []int  `json:"integration_types"`
				Options          []struct {
					Name         string `json:"name"`
					Type         int    `json:"type"`
					Required     bool   `json:"required"`
					Autocomplete bool   `json:"autocomplete"`
					MaxLength    int    `json:"max_length"`
				} `json:"options"`
			}
			if err := regs[0].Decode(&cmds); err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, c := range cmds {
				names = append(names, c.Name)
				if fmt.Sprint(c.Contexts) != "[0 1]" || fmt.Sprint(c.IntegrationTypes) != "[0]" {
					t.Errorf("/%s: contexts %v, integration types %v; want [0 1] (guild, bot DM) and [0]", c.Name, c.Contexts, c.IntegrationTypes)
				}
				if n := utf8.RuneCountInString(c.Description); n < 1 || n > 100 {
					t.Errorf("/%s: description of %d characters", c.Name, n)
				}
			}
			if fmt.Sprint(names) != "[ask sources help]" {
				t.Fatalf("commands %v, want [ask sources help]", names)
			}
			q := cmds[0].Options
			if len(q) != 2 || q[0].Name != "question" || q[0].Type != 3 || !q[0].Required || !q[0].Autocomplete ||
				q[0].MaxLength != answers.MaxQuestionLen || q[1].Name != "private" || q[1].Type != 5 || q[1].Required {
				t.Errorf("/ask options %+v", q)
			}
			var id struct {
				Intents discordgo.Intent `json:"intents"`
			}
			if err := json.Unmarshal(h.fake.Identifies()[0], &id); err != nil {
				t.Fatal(err)
			}
			if id.Intents != discordgo.IntentsDirectMessages|discordgo.IntentsGuildMessages {
				t.Errorf("intents %d, want direct and guild messages only", id.Intents)
			}
		})
	}
}

func TestAsk(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		deferred bool
		guild    string
		private  bool
	}{
		{name: "guild", guild: guild},
		{name: "dm", guild: ""},
		{name: "private", guild: guild, private: true},
		{name: "deferred", guild: guild, deferred: true},
		{name: "deferred private", guild: "", deferred: true, private: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := startMaybeDeferred(t, tc.deferred)
			q, want := questionAlsoIn(t, h.ix)
			i := ask(tc.guild, "800000000000000001", q, tc.private)
			h.send("INTERACTION_CREATE", i)
			var m messageBody
			if tc.deferred {
				first := h.response("POST", i.callbackPath(), 1)
				if typ := h.callbackType(i, 1); typ != 5 {
					t.Fatalf("response type %d, want 5 (deferred)", typ)
				}
				if first.AllowedMentions == nil || first.AllowedMentions.Parse == nil || len(first.AllowedMentions.Parse) != 0 {
					t.Errorf("deferred response allowed_mentions %+v, want parse []", first.AllowedMentions)
				}
				if got := first.Flags&64 != 0; got != tc.private {
					t.Errorf("deferred response ephemeral %v, want %v", got, tc.private)
				}
				m = h.response("PATCH", i.originalPath(), 1)
			} else {
				m = h.response("POST", i.callbackPath(), 1)
				if typ := h.callbackType(i, 1); typ != 4 {
					t.Fatalf("response type %d, want 4", typ)
				}
				if got := m.Flags&64 != 0; got != tc.private {
					t.Errorf("ephemeral %v, want %v", got, tc.private)
				}
			}
			checkAnswers(t, h, m, q, want, 0)
			line := waitLog(t, h.logs, "msg=question")
			for _, attr := range []string{"surface=" + surface(tc.guild), "outcome=answered", fmt.Sprintf("answers=%d", min(len(want), defaultK)), "latency_ms="} {
				if !strings.Contains(line, attr) {
					t.Errorf("log line %q lacks %s", line, attr)
				}
			}
		})
	}
}

// checkAnswers checks a message of answers against what the index says.
func checkAnswers(t *testing.T, h *harness, m messageBody, question string, want []answers.Answer, offset int) {
	t.Helper()
	if m.AllowedMentions == nil || m.AllowedMentions.Parse == nil || len(m.AllowedMentions.Parse) != 0 {
		t.Errorf("allowed_mentions %+v, want parse []", m.AllowedMentions)
	}
	shown := want[:min(len(want), defaultK)]
	if len(m.Embeds) != len(shown) {
		t.Fatalf("%d embeds, want %d", len(m.Embeds), len(shown))
	}
	clean, _ := answers.CleanQuestion(question)
	if f := m.Embeds[0].Footer; f == nil || f.Text != questionPrefix+render.Inert(clean) {
		t.Errorf("footer %+v, want the question", f)
	}
	c := h.ix.Corpus()
	var wantButtons []string
	for n, a := range shown {
		e := m.Embeds[n]
		quote := []rune(render.Markdown(a.Quote, 1<<20))
		if !strings.Contains(e.Description, string(quote[:min(len(quote), 60)])) {
			t.Errorf("answer %d: description %q lacks the quote %q", n, e.Description, a.Quote)
		}
		if e.URL != safeURL(a.Article.URL) {
			t.Errorf("answer %d: link %q, want %q", n, e.URL, a.Article.URL)
		}
		if a.Article.Outlet != "" && (e.Author == nil || !strings.Contains(e.Author.Name, a.Article.Outlet)) {
			t.Errorf("answer %d: author %+v lacks outlet %q", n, e.Author, a.Article.Outlet)
		}
		checkAlsoIn(t, n, e, a)
		pos := a.Sentence - c.Articles[c.Sentences[a.Sentence].Article].First
		wantButtons = append(wantButtons, fmt.Sprintf("ctx:%s:%d", a.Article.ID, pos))
	}
	if len(want) > defaultK {
		wantButtons = append(wantButtons, fmt.Sprintf("more:%d", offset+defaultK))
	}
	if got := m.buttons(); fmt.Sprint(got) != fmt.Sprint(wantButtons) {
		t.Errorf("buttons %v, want %v", got, wantButtons)
	}
}

// checkAlsoIn checks that embed e of answer n lists every other report of
// answer a, with its outlet and link, and lists none when there is none.
func checkAlsoIn(t *testing.T, n int, e *discordgo.MessageEmbed, a answers.Answer) {
	t.Helper()
	if len(a.AlsoIn) == 0 {
		if len(e.Fields) != 0 {
			t.Errorf("answer %d: fields %+v, want none: no other report", n, e.Fields)
		}
		return
	}
	if len(e.Fields) != 1 || e.Fields[0].Name != "Also reported by" {
		t.Fatalf("answer %d: fields %+v, want one named Also reported by", n, e.Fields)
	}
	v := e.Fields[0].Value
	lines := strings.Split(v, "\n")
	if len(lines) != len(a.AlsoIn) {
		t.Errorf("answer %d: %d lines under Also reported by, want %d: %q", n, len(lines), len(a.AlsoIn), v)
	}
	for k, also := range a.AlsoIn {
		if k >= len(lines) {
			break
		}
		outlet := render.Markdown(also.Article.Outlet, 1<<20)
		url := strings.NewReplacer("(", "%28", ")", "%29", " ", "%20").Replace(also.Article.URL)
		if !strings.HasPrefix(lines[k], "["+outlet) || !strings.HasSuffix(lines[k], "]("+url+")") {
			t.Errorf("answer %d: Also reported by line %d is %q, want a link to %s at %s", n, k, lines[k], also.Article.Outlet, also.Article.URL)
		}
	}
}

func TestAskNoAnswerAndBadQuestion(t *testing.T) {
	t.Parallel()
	h := start(t, Config{})
	for _, tc := range []struct{ q, want string }{
		{"zzzzqx wwwwqy", render.NoAnswer},
		{"What did Xi Jinping say about Blinken's visit?", render.NoAnswer + " None of its articles mentions “Xi Jinping”."},
		{strings.Repeat("x", answers.MaxQuestionLen+5), ""},
	} {
		q := tc.q
		_, wantErr := h.ix.Search(q, answers.Options{})
		i := ask(guild, "800000000000000002", q, false)
		h.send("INTERACTION_CREATE", i)
		m := h.response("POST", i.callbackPath(), 1)
		want := tc.want
		if wantErr != nil {
			want = render.Problem(wantErr)
			if m.Flags&64 == 0 {
				t.Errorf("error message is not ephemeral")
			}
		}
		if m.Content != want || len(m.Embeds) != 0 {
			t.Errorf("question %.20q: content %q, %d embeds; want %q", q, m.Content, len(m.Embeds), want)
		}
	}
}

func TestAutocomplete(t *testing.T) {
	t.Parallel()
	h := start(t, Config{})
	for _, partial := range []string{"", "Blinken", "sanct", strings.Repeat("é", 300)} {
		i := newInteraction(discordgo.InteractionApplicationCommandAutocomplete, guild, "800000000000000003", map[string]any{
			"id": "600000000000000001", "name": cmdAsk, "type": 1,
			"options": []map[string]any{{"name": optQuestion, "type": 3, "value": partial, "focused": true}},
		})
		h.send("INTERACTION_CREATE", i)
		m := h.response("POST", i.callbackPath(), 1)
		if typ := h.callbackType(i, 1); typ != 8 {
			t.Fatalf("response type %d, want 8", typ)
		}
		if len(m.Choices) == 0 || len(m.Choices) > maxChoices {
			t.Errorf("%.10q: %d choices, want 1 to 25", partial, len(m.Choices))
		}
		for _, c := range m.Choices {
			if n := utf8.RuneCountInString(c.Name); n < 1 || n > 100 || !utf8.ValidString(c.Name) || c.Value != c.Name {
				t.Errorf("%.10q: choice %q (%d characters)", partial, c.Name, n)
			}
		}
		if partial != "" && m.Choices[0].Value != render.Clip(partial, maxChoice) {
			t.Errorf("%.10q: first choice %q, want what was typed", partial, m.Choices[0].Value)
		}
		sugg := h.ix.Suggest(partial, maxChoices)
		for _, s := range sugg {
			found := false
			for _, c := range m.Choices {
				found = found || c.Value == render.Clip(s, maxChoice)
			}
			if !found && len(m.Choices) < maxChoices {
				t.Errorf("%.10q: suggestion %q missing", partial, s)
			}
		}
	}
}

// click is a button press on message m, which the bot sent.
func click(guild, user string, m messageBody, customID string) interaction {
	i := newInteraction(discordgo.InteractionMessageComponent, guild, user, map[string]any{"custom_id": customID, "component_type": 2})
	i["message"] = map[string]any{
		"id": nextID(), "channel_id": "500000000000000001", "content": m.Content, "embeds": m.Embeds,
		"flags": m.Flags, "author": map[string]any{"id": fakediscord.BotID, "username": "citebot", "bot": true},
	}
	return i
}

func TestButtons(t *testing.T) {
	t.Parallel()
	h := start(t, Config{})
	q, want := questionWith(t, h.ix, defaultK+1, defaultK)
	i := ask(guild, "800000000000000004", q, true)
	h.send("INTERACTION_CREATE", i)
	first := h.response("POST", i.callbackPath(), 1)
	buttons := first.buttons()
	if len(buttons) == 0 || !strings.HasPrefix(buttons[len(buttons)-1], moreID) {
		t.Fatalf("buttons %v: no More answers", buttons)
	}

	t.Run("more after a restart", func(t *testing.T) {
		// Another bot process gets the click: all it has is the message.
		restarted := start(t, Config{})
		more := click(guild, "800000000000000004", first, buttons[len(buttons)-1])
		restarted.send("INTERACTION_CREATE", more)
		m := restarted.response("POST", more.callbackPath(), 1)
		next, err := h.ix.Search(q, answers.Options{K: defaultK + 1, Offset: defaultK})
		if err != nil || len(next) == 0 {
			t.Fatalf("index gives no second page: %v", err)
		}
		checkAnswers(t, h, m, q, next, defaultK)
		if m.Flags&64 == 0 {
			t.Errorf("more answers to a private answer are not private")
		}
		if m.Embeds[0].Description == first.Embeds[0].Description {
			t.Errorf("second page repeats the first answer")
		}
	})
	t.Run("context", func(t *testing.T) {
		ctx := click(guild, "800000000000000005", first, buttons[0])
		h.send("INTERACTION_CREATE", ctx)
		m := h.response("POST", ctx.callbackPath(), 1)
		if m.Flags&64 == 0 {
			t.Errorf("context is not ephemeral")
		}
		c := h.ix.Corpus()
		a := want[0]
		pos := a.Sentence - c.Articles[c.Sentences[a.Sentence].Article].First
		sentence, ok := h.ix.Lookup(a.Article.ID, pos)
		if !ok || sentence != a.Sentence {
			t.Fatalf("Lookup(%s, %d) = %d, %v; want %d", a.Article.ID, pos, sentence, ok, a.Sentence)
		}
		around := h.ix.Context(sentence, contextSentences)
		if len(m.Embeds) != 1 {
			t.Fatalf("%d embeds, want 1", len(m.Embeds))
		}
		d := m.Embeds[0].Description
		quote := []rune(render.Markdown(a.Quote, 1<<20))
		if !strings.Contains(d, "**"+string(quote[:min(len(quote), 60)])) {
			t.Errorf("context %q lacks the quote in bold", d)
		}
		if after := []rune(render.Markdown(around.After, 1<<20)); len(after) > 0 && !strings.Contains(d, string(after[:min(len(after), 30)])) {
			t.Errorf("context %q lacks the next sentence %q", d, around.After)
		}
		if m.AllowedMentions == nil || len(m.AllowedMentions.Parse) != 0 {
			t.Errorf("allowed_mentions %+v", m.AllowedMentions)
		}
	})
	t.Run("stale", func(t *testing.T) {
		for _, id := range []string{"ctx:no-such-article:0", "more:x", "what"} {
			b := click(guild, "800000000000000006", first, id)
			h.send("INTERACTION_CREATE", b)
			m := h.response("POST", b.callbackPath(), 1)
			if m.Content == "" || m.Flags&64 == 0 {
				t.Errorf("%s: reply %+v, want a private explanation", id, m)
			}
		}
	})
}

// message is a MESSAGE_CREATE payload.
func message(guild, author, content string, bot bool, mentions ...string) map[string]any {
	m := map[string]any{
		"id": nextID(), "channel_id": nextID(), "content": content,
		"author":   map[string]any{"id": author, "username": "user" + author, "bot": bot},
		"mentions": []map[string]any{},
	}
	for _, id := range mentions {
		m["mentions"] = append(m["mentions"].([]map[string]any), map[string]any{"id": id, "username": "x"})
	}
	if guild != "" {
		m["guild_id"] = guild
	}
	return m
}

func channelPath(m map[string]any) string {
	return "/api/v9/channels/" + m["channel_id"].(string) + "/messages"
}

func TestMessages(t *testing.T) {
	t.Parallel()
	h := start(t, Config{})
	q, want := questionAlsoIn(t, h.ix)
	mention := "<@" + fakediscord.BotID + ">"
	for _, tc := range []struct {
		name string
		msg  map[string]any
	}{
		{"dm", message("", "800000000000000007", q, false)},
		{"mention", message(guild, "800000000000000008", mention+" "+q, false, fakediscord.BotID)},
		{"nickname mention", message(guild, "800000000000000009", "<@!"+fakediscord.BotID+"> "+q, false, fakediscord.BotID)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ignored := []map[string]any{
				message(guild, "800000000000000010", q, false),                               // no mention
				message(guild, "800000000000000011", mention+" "+q, true, fakediscord.BotID), // a bot
				message("", fakediscord.BotID, q, true),                                      // itself
				message(guild, "800000000000000012", "<@123> "+q, false, "123"),              // someone else
				message("", "800000000000000013", q, true),                                   // a bot in a DM
				message(guild, fakediscord.BotID, mention+" "+q, false, fakediscord.BotID),   // itself, mentioning itself
			}
			for _, m := range ignored {
				h.send("MESSAGE_CREATE", m)
			}
			h.send("MESSAGE_CREATE", tc.msg)
			m := h.response("POST", channelPath(tc.msg), 1)
			checkAnswers(t, h, m, q, want, 0)
			if m.Reference == nil || m.Reference.MessageID != tc.msg["id"] {
				t.Errorf("reply references %+v, want message %s", m.Reference, tc.msg["id"])
			}
			for _, ig := range ignored {
				for _, r := range h.fake.Requests() {
					if r.Path == channelPath(ig) {
						t.Errorf("answered a message it should ignore: %v", ig)
					}
				}
			}
		})
	}
}

func TestMentionsStayInert(t *testing.T) {
	t.Parallel()
	h := start(t, Config{})
	q, _ := questionWith(t, h.ix, 1, defaultK)
	q = "@everyone @here <@800000000000000001> " + q
	i := ask(guild, "800000000000000014", q, false)
	h.send("INTERACTION_CREATE", i)
	m := h.response("POST", i.callbackPath(), 1)
	footer := m.Embeds[0].Footer.Text
	for _, s := range []string{"@everyone", "@here", "<@8"} {
		if strings.Contains(footer, s) {
			t.Errorf("footer %q holds a live %s", footer, s)
		}
	}
	dm := message("", "800000000000000015", "@everyone zzzzqx", false)
	h.send("MESSAGE_CREATE", dm)
	h.response("POST", channelPath(dm), 1)

	// Every message the bot sent, however it sent it, allows no mentions.
	for _, r := range h.fake.Requests() {
		if r.Method == "GET" || isRegistration(r) {
			continue
		}
		var body struct {
			Type int         `json:"type"`
			Data messageBody `json:"data"`
			messageBody
		}
		if err := r.Decode(&body); err != nil {
			t.Fatal(err)
		}
		if body.Type == 8 {
			continue // autocomplete choices are no message
		}
		am := body.AllowedMentions
		if strings.HasSuffix(r.Path, "/callback") {
			am = body.Data.AllowedMentions
		}
		if am == nil || am.Parse == nil || len(am.Parse) != 0 {
			t.Errorf("%s %s: allowed_mentions %+v, want parse []", r.Method, r.Path, am)
		}
		if strings.Contains(string(r.Body), "@everyone") {
			t.Errorf("%s %s carries a live @everyone", r.Method, r.Path)
		}
	}
}

func TestRESTFailure(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		deferred bool
		method   string
		path     func(interaction) string
	}{
		{"response", false, "POST", interaction.callbackPath},
		{"edit", true, "PATCH", interaction.originalPath},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := startMaybeDeferred(t, tc.deferred)
			q, _ := questionWith(t, h.ix, 1, defaultK)
			i := ask(guild, "800000000000000016", q, false)
			h.fake.FailOnce(tc.method, tc.path(i), http.StatusInternalServerError)
			h.send("INTERACTION_CREATE", i)
			sorry := h.response(tc.method, tc.path(i), 2)
			if sorry.Content != apology || len(sorry.Embeds) != 0 {
				t.Errorf("after the failure the bot sent %+v, want the apology", sorry)
			}
			line := waitLog(t, h.logs, "Discord call failed")
			if !strings.Contains(line, "apologised=true") || !strings.Contains(line, "500") {
				t.Errorf("log line %q", line)
			}
			if strings.Contains(line, i.token()) {
				t.Errorf("log line %q holds the interaction token", line)
			}
			// The bot is still up.
			again := ask(guild, "800000000000000017", q, false)
			h.send("INTERACTION_CREATE", again)
			if m := h.response(tc.method, tc.path(again), 1); len(m.Embeds) == 0 && tc.method == "POST" {
				t.Errorf("no answer after a failure: %+v", m)
			}
		})
	}
}

func TestReconnect(t *testing.T) {
	t.Parallel()
	h := start(t, Config{})
	q, want := questionWith(t, h.ix, 1, defaultK)
	h.fake.Drop()
	if !h.fake.WaitFor(wait, func() bool { return h.fake.Sessions() >= 2 }) {
		t.Fatalf("the bot did not come back after the gateway dropped it")
	}
	if h.fake.Resumes() != 1 || len(h.fake.Identifies()) != 1 {
		t.Errorf("%d resumes and %d identifies, want the session resumed", h.fake.Resumes(), len(h.fake.Identifies()))
	}
	i := ask(guild, "800000000000000018", q, false)
	h.send("INTERACTION_CREATE", i)
	checkAnswers(t, h, h.response("POST", i.callbackPath(), 1), q, want, 0)
	if regs := h.fake.WaitRequests(0, 1, isRegistration); len(regs) != 1 {
		t.Errorf("%d registrations, want 1", len(regs))
	}
}

func TestCooldown(t *testing.T) {
	t.Parallel()
	h := start(t, Config{Burst: 1, Every: time.Hour})
	q, _ := questionWith(t, h.ix, 1, defaultK)
	flood := []interaction{ask(guild, "800000000000000019", q, false), ask(guild, "800000000000000019", q, false), ask(guild, "800000000000000019", q, false)}
	for _, i := range flood {
		h.send("INTERACTION_CREATE", i)
	}
	// Someone else is not slowed down; once answered, the flood was handled.
	other := ask(guild, "800000000000000020", q, false)
	h.send("INTERACTION_CREATE", other)
	if m := h.response("POST", other.callbackPath(), 1); len(m.Embeds) == 0 {
		t.Errorf("another user got %+v", m)
	}
	h.fake.WaitRequests(wait, 2, func(r fakediscord.Request) bool {
		return r.Path == flood[0].callbackPath() || r.Path == flood[1].callbackPath() || r.Path == flood[2].callbackPath()
	})
	answered, refused, silent := 0, 0, 0
	for _, i := range flood {
		got := h.fake.WaitRequests(0, 1, func(r fakediscord.Request) bool { return r.Path == i.callbackPath() })
		if len(got) == 0 {
			silent++
			continue
		}
		var c callback
		if err := got[0].Decode(&c); err != nil {
			t.Fatal(err)
		}
		switch {
		case len(c.Data.Embeds) > 0:
			answered++
		case c.Data.Content == slowDown && c.Data.Flags&64 != 0:
			refused++
		default:
			t.Errorf("unexpected reply %+v", c.Data)
		}
	}
	if answered != 1 || refused != 1 || silent != 1 {
		t.Errorf("answered %d, refused %d, silent %d; want one of each", answered, refused, silent)
	}
}

func TestSourcesAndHelp(t *testing.T) {
	t.Parallel()
	h := start(t, Config{})
	for _, name := range []string{cmdSources, cmdHelp} {
		i := newInteraction(discordgo.InteractionApplicationCommand, "", "800000000000000021", map[string]any{"id": "600000000000000002", "name": name, "type": 1})
		h.send("INTERACTION_CREATE", i)
		m := h.response("POST", i.callbackPath(), 1)
		if m.Flags&64 == 0 {
			t.Errorf("/%s is not ephemeral", name)
		}
		if name == cmdHelp && !strings.Contains(m.Content, "/ask") {
			t.Errorf("/help says %q", m.Content)
		}
		if name == cmdSources {
			if len(m.Embeds) != 1 {
				t.Fatalf("/sources: %d embeds", len(m.Embeds))
			}
			for _, a := range h.ix.Corpus().Articles {
				if !strings.Contains(m.Embeds[0].Description, render.Markdown(a.Title, 1<<20)) {
					t.Errorf("/sources lacks %q", a.Title)
				}
			}
		}
	}
}

func TestShutdownWaitsForAnswers(t *testing.T) {
	t.Parallel()
	h := start(t, Config{})
	if !h.bot.begin() {
		t.Fatal("a new bot refuses work")
	}
	connectedAtEnd := make(chan bool, 1)
	go func() { // an answer in progress, which ends once Close has begun
		<-h.bot.quit
		connectedAtEnd <- h.fake.Connected()
		h.bot.work.Done()
	}()
	if err := h.bot.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !<-connectedAtEnd {
		t.Error("the session was closed before the answer in progress ended")
	}
	if h.bot.begin() {
		t.Error("a closed bot takes new work")
	}
}

func TestNew(t *testing.T) {
	t.Parallel()
	ix := index(t)
	for _, tc := range []struct {
		name    string
		cfg     Config
		wantErr string
	}{
		{"no token", Config{}, "DISCORD_TOKEN"},
		{"blank token", Config{Token: "  "}, "DISCORD_TOKEN"},
		{"shard out of range", Config{Token: "x", ShardID: 2, ShardCount: 2}, "SHARD_ID"},
		{"negative shard", Config{Token: "x", ShardID: -1, ShardCount: 2}, "SHARD_ID"},
		{"too many answers", Config{Token: "x", K: 11}, "answers"},
		{"bad API base", Config{Token: "x", APIBase: "discord.com"}, "DISCORD_API_BASE"},
		{"fine", Config{Token: "x", ShardID: 1, ShardCount: 2, APIBase: "http://127.0.0.1:1"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(ix, tc.cfg)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatal(err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("error %v, want one about %s", err, tc.wantErr)
			}
		})
	}
	if _, err := New(ix, Config{}); !errors.Is(err, ErrNoToken) || !strings.Contains(err.Error(), "https://discord.com/developers/applications") {
		t.Errorf("missing token: %v", err)
	}
}

func TestGuardRecoversPanics(t *testing.T) {
	t.Parallel()
	logs := fakediscord.NewLogBuffer()
	b, err := New(index(t), Config{Token: "MTAw.secret", Logger: slog.New(slog.NewTextHandler(logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	b.guard("TEST", func() { panic("boom") })
	line := waitLog(t, logs, "handler panicked")
	if !strings.Contains(line, "boom") || !strings.Contains(line, "event=TEST") {
		t.Errorf("log line %q", line)
	}
	if err := b.Close(context.Background()); err != nil { // returns only if the panicking work was released
		t.Fatal(err)
	}
}

func TestMessageReplyFailure(t *testing.T) {
	t.Parallel()
	h := start(t, Config{})
	q, _ := questionWith(t, h.ix, 1, defaultK)
	dm := message("", "800000000000000022", q, false)
	h.fake.FailOnce("POST", channelPath(dm), http.StatusInternalServerError)
	h.send("MESSAGE_CREATE", dm)
	if m := h.response("POST", channelPath(dm), 2); m.Content != apology {
		t.Errorf("after the failure the bot sent %+v, want the apology", m)
	}
	if line := waitLog(t, h.logs, "Discord call failed"); !strings.Contains(line, "apologised=true") {
		t.Errorf("log line %q", line)
	}
}
