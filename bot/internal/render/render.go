// Package render turns answers into cards, the one neutral form that both
// the console and Discord show, so the two surfaces never disagree about
// what a quote is, where it comes from and who else reported it.
package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/corpus"
)

// NoAnswer is what both surfaces say when the corpus does not answer.
const NoAnswer = "The corpus does not answer that."

// NoAnswerFor is NoAnswer followed, when the question names someone or
// something no article mentions in any spelling (answers.Index.Unmentioned),
// by those names: "None of its articles mentions “Xi Jinping”." Names are
// runs of letters and digits, which neither Markdown nor a terminal reads
// as anything else; at most maxUnmentioned are named, each clipped.
func NoAnswerFor(unmentioned []string) string {
	if len(unmentioned) == 0 {
		return NoAnswer
	}
	var quoted []string
	for _, n := range unmentioned[:min(len(unmentioned), maxUnmentioned)] {
		quoted = append(quoted, "“"+Clip(n, maxNameRunes)+"”")
	}
	list := quoted[0]
	if n := len(quoted); n > 1 {
		list = strings.Join(quoted[:n-1], ", ") + " or " + quoted[n-1]
	}
	return NoAnswer + " None of its articles mentions " + list + "."
}

// Bounds on the names NoAnswerFor repeats from a question.
const (
	maxUnmentioned = 3
	maxNameRunes   = 40
)

// Card is one answer as a person sees it.
type Card struct {
	Quote     string // verbatim sentence
	Caption   bool   // the quote is a photo caption
	Title     string // article headline
	URL       string // article address; may be empty
	Outlet    string
	Published string // YYYY-MM-DD, or "" when unknown
	Context   answers.Context
	Also      []Link // other articles that report the same fact
	Score     float64
	Explain   []answers.ExplainPart // why Score is what it is; nil unless asked for

	// ArticleID and Position name the quoted sentence in a way that
	// survives a restart: the Position-th sentence of article ArticleID.
	ArticleID string
	Position  int
}

// Link is another article that reports a card's fact.
type Link struct {
	Quote  string
	Title  string
	URL    string
	Outlet string
}

// Cards makes one card per answer, in order. c is the corpus the answers
// were found in; it gives each quote's position within its article.
func Cards(c *corpus.Corpus, as []answers.Answer) []Card {
	cards := make([]Card, 0, len(as))
	for _, a := range as {
		card := Card{
			Quote:     a.Quote,
			Score:     a.Score,
			Caption:   a.Caption,
			Title:     a.Article.Title,
			URL:       a.Article.URL,
			Outlet:    a.Article.Outlet,
			Published: a.Article.Published,
			Context:   a.Context,
			ArticleID: a.Article.ID,
			Position:  position(c, a.Sentence),
		}
		if a.Explain != nil {
			card.Explain = a.Explain.Parts
		}
		for _, m := range a.AlsoIn {
			card.Also = append(card.Also, Link{Quote: m.Quote, Title: m.Article.Title, URL: m.Article.URL, Outlet: m.Article.Outlet})
		}
		cards = append(cards, card)
	}
	return cards
}

// position returns the place of sentence i within its article, or -1 when
// i is not a sentence of c.
func position(c *corpus.Corpus, i int) int {
	if c == nil || i < 0 || i >= len(c.Sentences) {
		return -1
	}
	return i - c.Articles[c.Sentences[i].Article].First
}

// Source names the article of a card or link on one line:
// outlet · title · date, leaving out what is unknown.
func Source(outlet, title, published string) string {
	s := ""
	for _, p := range []string{outlet, title, published} {
		if p == "" {
			continue
		}
		if s != "" {
			s += " · "
		}
		s += p
	}
	return s
}

// Problem returns the text of an error that a user may read, such as
// answers.ErrEmptyQuestion, as a sentence: capitalized, with a full stop.
func Problem(err error) string {
	s := err.Error()
	if s == "" {
		return s
	}
	r, k := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[k:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
