// Package answers finds the sentences of a corpus that answer a question and
// returns them as ranked, sourced, verbatim quotes.
package answers

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/corpus"
)

// MaxQuestionLen is the longest question accepted, in characters.
const MaxQuestionLen = 1000

// Errors returned by CleanQuestion; their text is fit to show to a user.
var (
	ErrEmptyQuestion   = errors.New("the question is empty: ask something about the news corpus")
	ErrQuestionTooLong = fmt.Errorf("the question is too long: keep it to %d characters at most", MaxQuestionLen)
)

// chatMention matches what chat platforms use to notify people
// ("@everyone", "@here", Discord's "<@123>", "<#123>") and Discord's
// custom emoji and timestamps ("<:thinking:123>", "<t:1677542400:R>"): they
// name no topic, and their ids would be looked for as numbers.
var chatMention = regexp.MustCompile(`(?i)(^|[^\w@])@(?:everyone|here)\b|<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:\d+(?::\w)?>`)

// CleanQuestion validates a question and returns it with control characters
// replaced by spaces, chat mentions removed and runs of white space folded.
func CleanQuestion(q string) (string, error) {
	q = strings.ToValidUTF8(q, " ")
	q = chatMention.ReplaceAllString(q, "$1 ")
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, q)
	q = strings.Join(strings.Fields(q), " ")
	if q == "" {
		return "", ErrEmptyQuestion
	}
	if utf8.RuneCountInString(q) > MaxQuestionLen {
		return "", ErrQuestionTooLong
	}
	return q, nil
}

// Source identifies the article a quote comes from.
type Source struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"` // YYYY-MM-DD, or "" when unknown
}

// Context holds the sentences around a quote, verbatim.
type Context struct {
	Before string `json:"before"`
	After  string `json:"after"`
}

// Mention is the same fact as an answer, as another article words it.
type Mention struct {
	Quote   string `json:"quote"`
	Article Source `json:"article"`

	Sentence int `json:"-"` // index into the corpus's sentences
}

// Answer is one quote that answers a question.
type Answer struct {
	Quote   string    `json:"quote"`
	Score   float64   `json:"score"`
	Article Source    `json:"article"`
	Context Context   `json:"context"`
	AlsoIn  []Mention `json:"also_in"`

	Sentence int      `json:"-"` // index into the corpus's sentences
	Caption  bool     `json:"-"` // the quote is a photo caption
	Explain  *Explain `json:"-"` // why it ranked here; set when Options.Explain
}

// Explain breaks a score down into its parts, for --explain.
type Explain struct {
	Parts []ExplainPart
}

// ExplainPart is one contribution to a score; a part with a zero Score is a
// note (how much of the question the answer covers).
type ExplainPart struct {
	What  string // e.g. `term "sanction" (fuzzy "sanctons")`, "title", "neighbours"
	Score float64
}

// Options tune one search.
type Options struct {
	K       int  // answers wanted; 0 means 3
	Offset  int  // answers to skip, for paging; a negative offset counts as 0
	Explain bool // fill Answer.Explain
}

// Corpus returns the indexed corpus.
func (ix *Index) Corpus() *corpus.Corpus { return ix.c }

func (ix *Index) answer(i int, score float64) Answer {
	a := Answer{Quote: ix.c.Text(i), Score: score, Sentence: i, Article: ix.Source(int(ix.c.Sentences[i].Article)), AlsoIn: []Mention{}}
	a.Context = ix.Context(i, 1)
	a.Caption = ix.c.Sentences[i].Kind == corpus.Caption
	return a
}

// Source returns the source of article ai.
func (ix *Index) Source(ai int) Source {
	a := &ix.c.Articles[ai]
	return Source{ID: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published()}
}

// Context returns up to n sentences before and after sentence i, within its
// article, joined by spaces.
func (ix *Index) Context(i, n int) Context {
	s := ix.c.Sentences[i]
	a := &ix.c.Articles[s.Article]
	var before, after []string
	for j := max(a.First, i-n); j < i; j++ {
		before = append(before, ix.c.Text(j))
	}
	for j := i + 1; j <= min(a.First+a.Count-1, i+n); j++ {
		after = append(after, ix.c.Text(j))
	}
	return Context{Before: strings.Join(before, " "), After: strings.Join(after, " ")}
}

// Lookup returns the sentence number of the n-th sentence of the article
// with the given ID, for links that must survive a restart.
func (ix *Index) Lookup(articleID string, n int) (int, bool) {
	for ai := range ix.c.Articles {
		a := &ix.c.Articles[ai]
		if a.ID == articleID {
			if n < 0 || n >= a.Count {
				return 0, false
			}
			return a.First + n, true
		}
	}
	return 0, false
}
