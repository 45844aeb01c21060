package discord

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/bot/internal/render"
)

// bigCard is a card with every text far over Discord's limits, in
// multi-byte runes and Markdown, so that cutting shows.
func bigCard(n int) render.Card {
	long := strings.Repeat("ü*_`|> @everyone <@1> ", 600)
	var also []render.Link
	for i := range 40 {
		also = append(also, render.Link{Title: long[:300+i], Outlet: "Outlet é", URL: "https://example.org/a(" + strings.Repeat("x", i) + ")"})
	}
	return render.Card{
		Quote: long, Caption: n%2 == 0, Title: long, URL: "https://example.org/article", Outlet: long, Published: "2023-03-01",
		Context: answers.Context{Before: long, After: long}, Also: also, ArticleID: strings.Repeat("a", n*10), Position: n,
	}
}

func TestEmbedLimits(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cards int
		q     string
	}{
		{"one", 1, "short"},
		{"three", 3, strings.Repeat("ö", 1000)},
		{"ten", 10, strings.Repeat("q ", 500)},
		{"more than ten", 12, "@everyone"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := page{Question: tc.q, Offset: 20, More: true}
			for n := range tc.cards {
				p.Cards = append(p.Cards, bigCard(n))
			}
			es := p.embeds()
			if len(es) > maxEmbeds || len(es) != min(tc.cards, maxEmbeds) {
				t.Fatalf("%d embeds for %d cards", len(es), tc.cards)
			}
			if total := totalChars(es); total > maxEmbedsTotal {
				t.Errorf("%d characters in all embeds, limit %d", total, maxEmbedsTotal)
			}
			for n, e := range es {
				checkLen(t, "title", e.Title, maxTitle)
				checkLen(t, "description", e.Description, maxDescription)
				if len(e.Fields) > maxFields {
					t.Errorf("embed %d: %d fields", n, len(e.Fields))
				}
				for _, f := range e.Fields {
					checkLen(t, "field name", f.Name, maxFieldName)
					checkLen(t, "field value", f.Value, maxFieldValue)
					links := strings.Split(f.Value, "\n")
					if last := links[len(links)-1]; strings.HasPrefix(last, "… and ") && strings.HasSuffix(last, " more") {
						links = links[:len(links)-1]
					}
					if strings.Count(f.Value, "](") != len(links) {
						t.Errorf("embed %d: a link was cut: %q", n, f.Value)
					}
				}
				if e.Author != nil {
					checkLen(t, "author", e.Author.Name, maxAuthor)
				}
				if e.Footer != nil {
					checkLen(t, "footer", e.Footer.Text, maxFooter)
				}
				if strings.Contains(e.Description, "@everyone") || strings.Contains(e.Description, "<@1>") {
					t.Errorf("embed %d: live mention in %q", n, e.Description)
				}
			}
			rows := p.components()
			if len(rows) > maxRows {
				t.Errorf("%d rows of buttons", len(rows))
			}
			seen := map[string]bool{}
			for _, r := range rows {
				bs := r.(discordgo.ActionsRow).Components
				if len(bs) > maxButtons {
					t.Errorf("%d buttons in a row", len(bs))
				}
				for _, b := range bs {
					id := b.(discordgo.Button).CustomID
					if len(id) > maxCustomID || seen[id] {
						t.Errorf("custom id %q: too long or repeated", id)
					}
					seen[id] = true
				}
			}
			if !seen[fmt.Sprintf("more:%d", 20+min(tc.cards, maxEmbeds))] {
				t.Errorf("no More answers button with the next offset among %v", seen)
			}
		})
	}
}

func checkLen(t *testing.T, what, s string, limit int) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s is not valid UTF-8: %q", what, s)
	}
	if n := utf8.RuneCountInString(s); n > limit {
		t.Errorf("%s of %d characters, limit %d", what, n, limit)
	}
}

// totalChars counts what Discord counts against maxEmbedsTotal.
func totalChars(es []*discordgo.MessageEmbed) int {
	n := 0
	for _, e := range es {
		n += utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
		for _, f := range e.Fields {
			n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
		}
		if e.Footer != nil {
			n += utf8.RuneCountInString(e.Footer.Text)
		}
		if e.Author != nil {
			n += utf8.RuneCountInString(e.Author.Name)
		}
	}
	return n
}

func TestContextEmbedLimits(t *testing.T) {
	e := contextEmbed(bigCard(1))
	checkLen(t, "description", e.Description, maxDescription)
	checkLen(t, "title", e.Title, maxTitle)
	if totalChars([]*discordgo.MessageEmbed{e}) > maxEmbedsTotal {
		t.Errorf("context embed too long")
	}
	if !strings.Contains(e.Description, "**") {
		t.Errorf("quote not in bold: %.80q", e.Description)
	}
}

func TestQuestionOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    *discordgo.Message
		want string
		ok   bool
	}{
		{"nil", nil, "", false},
		{"no embeds", &discordgo.Message{}, "", false},
		{"other footer", &discordgo.Message{Embeds: []*discordgo.MessageEmbed{{Footer: &discordgo.MessageEmbedFooter{Text: "x"}}}}, "", false},
		{"question", &discordgo.Message{Embeds: []*discordgo.MessageEmbed{{}, {Footer: &discordgo.MessageEmbedFooter{Text: questionPrefix + "who?"}}}}, "who?", true},
	} {
		got, ok := questionOf(tc.m)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: %q, %v; want %q, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

// recorder is a RoundTripper that keeps the URL it was asked for.
type recorder struct{ url string }

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	r.url = req.URL.String()
	return &http.Response{StatusCode: http.StatusNoContent, Body: http.NoBody, Request: req}, nil
}

func TestRewrite(t *testing.T) {
	for _, tc := range []struct{ base, in, want string }{
		{"http://127.0.0.1:8080", "https://discord.com/api/v9/gateway", "http://127.0.0.1:8080/api/v9/gateway"},
		{"http://127.0.0.1:8080/proxy/", "https://discord.com/api/v9/channels/1/messages?wait=true", "http://127.0.0.1:8080/proxy/api/v9/channels/1/messages?wait=true"},
		{"http://127.0.0.1:8080", "https://cdn.discordapp.com/x.png", "https://cdn.discordapp.com/x.png"},
	} {
		c, err := newClient(tc.base)
		if err != nil {
			t.Fatal(err)
		}
		rec := &recorder{}
		c.Transport.(*rewrite).next = rec
		resp, err := c.Get(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if rec.url != tc.want {
			t.Errorf("%s via %s went to %s, want %s", tc.in, tc.base, rec.url, tc.want)
		}
	}
}

// TestAlsoReportedByFits checks that a page of ordinary answers names every
// other report, and that reports which cannot fit are counted, not dropped
// silently.
func TestAlsoReportedByFits(t *testing.T) {
	var also []render.Link
	for i := range 4 {
		also = append(also, render.Link{
			Outlet: fmt.Sprintf("Outlet %d", i), Title: strings.Repeat("A headline of some length ", 3),
			URL: "https://news.example/2023/03/04/" + strings.Repeat("a-long-slug-", 5) + fmt.Sprint(i),
		})
	}
	card := render.Card{Quote: strings.Repeat("A sentence of a quote. ", 15), Title: "Title", Outlet: "Outlet", URL: "https://news.example/a", Also: also}
	for _, tc := range []struct {
		name  string
		cards int
		shown int // links expected; the rest are counted
	}{
		{"three answers", 3, 4},
		{"ten answers", 10, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := page{Question: strings.Repeat("word ", 60)}
			for range tc.cards {
				p.Cards = append(p.Cards, card)
			}
			for n, e := range p.embeds() {
				if len(e.Fields) != 1 {
					t.Fatalf("embed %d: fields %+v", n, e.Fields)
				}
				v := e.Fields[0].Value
				if got := strings.Count(v, "]("); got != tc.shown {
					t.Errorf("embed %d: %d links, want %d: %q", n, got, tc.shown, v)
				}
				if more := andMore(len(also) - tc.shown); tc.shown < len(also) && !strings.HasSuffix(v, "\n"+more) {
					t.Errorf("embed %d: %q does not end with %q", n, v, more)
				}
			}
		})
	}
}
