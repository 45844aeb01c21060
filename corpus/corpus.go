// Package corpus loads news articles (Markdown with YAML front matter) and
// splits their bodies into sentences that keep their article, position and
// byte offsets, so that a quote can always be traced back to its source.
//
// An article file looks like this:
//
//	---
//	title: Blinken in Astana          # required
//	outlet: Example News              # required: who published this text
//	url: https://example.com/astana   # required, absolute http(s)
//	published: 2023-02-28             # optional, YYYY-MM-DD
//	language: en                      # optional, default "en"
//	original_outlet: Beispiel Zeitung # optional, for translations and republications
//	original_url: https://example.de/astana
//	original_title: Blinken in Astana
//	---
//
//	## A subheading
//
//	Paragraphs are separated by blank lines. The text is quoted verbatim.
//
//	*A photo caption is a paragraph written between asterisks. (AP Photo)*
//
// Split documents the sentence rules and the Markdown it understands:
// "#" headings and "*…*" captions, whose markers are never part of a
// sentence, so a sentence's text is always a verbatim slice of the body.
//
// The default corpus, five reports on the US Secretary of State's visit to
// Central Asia in February–March 2023, is embedded in the binary. Its
// articles keep the seed texts' wording, artefacts of machine translation
// included; only page furniture (mastheads, photo credits standing alone,
// "Source:" lines, calls to follow the outlet) was removed.
package corpus

import (
	"fmt"
	"time"
)

// Article is one news article of the corpus.
type Article struct {
	ID       string    // file name without extension; unique in a corpus
	Path     string    // file the article was read from, for error messages
	Title    string    // headline
	Outlet   string    // who published this text
	URL      string    // address of this text
	Date     time.Time // publication day; zero when unknown
	Language string    // BCP 47 tag, e.g. "en"

	// Provenance of a translation or republication, when known.
	OriginalOutlet string
	OriginalURL    string
	OriginalTitle  string

	Body string // article text; paragraphs separated by blank lines

	// Sentences of the body, in order: indexes into Corpus.Sentences
	// from First to First+Count-1.
	First, Count int
}

// Published returns the publication day as YYYY-MM-DD, or "" when unknown.
func (a *Article) Published() string {
	if a.Date.IsZero() {
		return ""
	}
	return a.Date.Format(time.DateOnly)
}

// Kind says what part of an article a sentence belongs to.
type Kind uint8

// Kinds of sentence.
const (
	Text    Kind = iota // running text
	Heading             // a "#" heading, or a short line without final punctuation
	Caption             // a photo caption, written "*…*"
)

// String returns "text", "heading" or "caption".
func (k Kind) String() string {
	switch k {
	case Text:
		return "text"
	case Heading:
		return "heading"
	case Caption:
		return "caption"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Sentence is one sentence of an article. Its text is Body[Start:End] of
// its article, verbatim.
type Sentence struct {
	Article   int32 // index into Corpus.Articles
	Paragraph int32 // block number within the article, from 0: paragraphs, headings and captions each count
	Start     int32 // byte offset of the first byte in the article body
	End       int32 // byte offset just past the last byte
	Kind      Kind
}

// Corpus is a set of articles and all their sentences.
type Corpus struct {
	Articles  []Article
	Sentences []Sentence // grouped by article, in article order
}

// Text returns the verbatim text of sentence i.
func (c *Corpus) Text(i int) string {
	s := c.Sentences[i]
	return c.Articles[s.Article].Body[s.Start:s.End]
}
