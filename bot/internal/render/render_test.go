package render

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/corpus"
)

func TestClip(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"", 5, ""},
		{"short", 5, "short"},
		{"longer", 5, "long…"},
		{"éééééé", 3, "éé…"},
		{"日本語のテキスト", 4, "日本語…"},
		{"ab", 1, "…"},
		{"ab", 0, ""},
	} {
		if got := Clip(tc.in, tc.n); got != tc.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"plain text", 100, "plain text"},
		{"*bold* _it_ `code` ~~s~~ |sp| [l](u)", 100, `\*bold\* \_it\_ \` + "`code\\`" + ` \~\~s\~\~ \|sp\| \[l\](u)`},
		{"> quote\n# heading\n- item\nnot-a-list > x # y", 100, "\\> quote\n\\# heading\n\\- item\nnot-a-list > x # y"},
		{`back\slash`, 100, `back\\slash`},
		{"@everyone and @here", 100, "@\u200beveryone and @\u200bhere"},
		{"<@123> <@&4> <#5>", 100, "<\u200b@123> <\u200b@&4> <\u200b#5>"},
		{"a*b*c", 4, `a\*…`},
		{"ab*cd", 4, "ab…"},
		{"éé*", 3, "éé…"},
		{"éé*", 4, `éé\*`},
		{"anything", 0, ""},
	} {
		got := Markdown(tc.in, tc.n)
		if got != tc.want {
			t.Errorf("Markdown(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
		if utf8.RuneCountInString(got) > tc.n {
			t.Errorf("Markdown(%q, %d) = %q is too long", tc.in, tc.n, got)
		}
	}
}

func FuzzMarkdown(f *testing.F) {
	f.Add("*bold* @everyone <@1> - x", 10)
	f.Add(`\\\\`, 3)
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n < 0 || n > 10000 || !utf8.ValidString(s) {
			return
		}
		got := Markdown(s, n)
		if utf8.RuneCountInString(got) > n {
			t.Fatalf("Markdown(%q, %d) = %q: too long", s, n, got)
		}
		body := strings.TrimSuffix(got, Ellipsis)
		// An escape is never cut in two: the backslashes before the end come in pairs.
		trailing := len(body) - len(strings.TrimRight(body, `\`))
		if trailing%2 != 0 {
			t.Fatalf("Markdown(%q, %d) = %q ends inside an escape", s, n, got)
		}
		if strings.Contains(got, "@everyone") || strings.Contains(got, "<@") {
			t.Fatalf("Markdown(%q, %d) = %q: live mention", s, n, got)
		}
	})
}

func TestCards(t *testing.T) {
	c := corpus.New([]corpus.Article{
		{ID: "a", Title: "A", Outlet: "Outlet A", URL: "https://a.example/1", Body: "First one.\n\nSecond one."},
		{ID: "b", Title: "B", Outlet: "Outlet B", URL: "https://b.example/2", Body: "Only one."},
	})
	last := len(c.Sentences) - 1
	as := []answers.Answer{{
		Quote: c.Text(last), Sentence: last, Caption: true,
		Article: answers.Source{ID: "b", Title: "B", Outlet: "Outlet B", URL: "https://b.example/2", Published: "2023-03-01"},
		AlsoIn:  []answers.Mention{{Quote: "x", Article: answers.Source{ID: "a", Title: "A", Outlet: "Outlet A", URL: "https://a.example/1"}}},
		Explain: &answers.Explain{Parts: []answers.ExplainPart{{What: "title", Score: 1.5}}},
	}}
	cards := Cards(c, as)
	if len(cards) != 1 {
		t.Fatalf("%d cards", len(cards))
	}
	got := cards[0]
	wantPos := last - c.Articles[c.Sentences[last].Article].First
	if got.ArticleID != "b" || got.Position != wantPos || !got.Caption || got.Quote != c.Text(last) ||
		len(got.Also) != 1 || got.Also[0].URL != "https://a.example/1" || len(got.Explain) != 1 {
		t.Errorf("card %+v", got)
	}
}

func ExampleText() {
	cards := []Card{{
		Quote: "The Secretary of State arrived in Astana on February 28.",
		Title: "A visit to Central Asia", Outlet: "Example News", Published: "2023-02-28",
		URL:     "https://news.example/2023/02/28/a-visit-to-central-asia",
		Also:    []Link{{Title: "Blinken in Astana", Outlet: "Other Outlet", URL: "https://other.example/astana"}},
		Score:   0.75,
		Explain: []answers.ExplainPart{{What: `"astana": exact "astana"`, Score: 0.5}, {What: "coverage 1.00", Score: 1}},
	}, {
		Quote: "Officials at the airport.", Caption: true, Outlet: "Example News",
	}}
	if err := Text(os.Stdout, cards, true, 40); err != nil {
		panic(err)
	}
	if err := Text(os.Stdout, nil, false, 40); err != nil {
		panic(err)
	}
	// Output:
	// 1. “The Secretary of State arrived in
	//    Astana on February 28.”
	//    Example News · A visit to Central
	//    Asia · 2023-02-28
	//    https://news.example/2023/02/28/a-visit-to-central-asia
	//    Also reported by:
	//    • Other Outlet · Blinken in Astana
	//      https://other.example/astana
	//    score 0.750:
	//       +0.500  "astana": exact "astana"
	//       +1.000  coverage 1.00
	//
	// 2. “Officials at the airport.”
	//    (photo caption)
	//    Example News
	// The corpus does not answer that.
}

func TestProblem(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{answers.ErrEmptyQuestion, "The question is empty: ask something about the news corpus."},
		{errors.New("é done."), "É done."},
		{errors.New(""), ""},
	} {
		if got := Problem(tc.err); got != tc.want {
			t.Errorf("Problem(%q) = %q, want %q", tc.err, got, tc.want)
		}
	}
}

func TestNoAnswerFor(t *testing.T) {
	for _, tc := range []struct {
		names []string
		want  string
	}{
		{nil, NoAnswer},
		{[]string{"Xi Jinping"}, NoAnswer + " None of its articles mentions “Xi Jinping”."},
		{[]string{"Erdogan", "Modi"}, NoAnswer + " None of its articles mentions “Erdogan” or “Modi”."},
		{[]string{"A", "B", "C", "D"}, NoAnswer + " None of its articles mentions “A”, “B” or “C”."},
		{[]string{strings.Repeat("x", 50)}, NoAnswer + " None of its articles mentions “" + strings.Repeat("x", 39) + "…”."},
	} {
		if got := NoAnswerFor(tc.names); got != tc.want {
			t.Errorf("NoAnswerFor(%q) = %q, want %q", tc.names, got, tc.want)
		}
	}
}
