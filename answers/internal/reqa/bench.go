package reqa

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/corpus"
)

// Question is a unique question of a benchmark.
type Question struct {
	Text    string
	Article int   // article it was first asked about: index into Dataset.Data and Corpus.Articles
	Gold    []int // sentences that contain the start of a gold answer, ascending; empty when none could be placed
}

// Bench is a SQuAD dataset made into one corpus, with its unique questions.
type Bench struct {
	Corpus    *corpus.Corpus
	Questions []Question

	Asked      int // questions in the dataset, before deduplication
	Answers    int // gold answers
	Unplaced   int // gold answers whose start falls in no sentence of the corpus
	Mismatched int // gold answers whose text is not found at their start in the corpus
}

// Build turns a dataset into one corpus, one article per Wikipedia title,
// through corpus.Parse and corpus.New, and places every gold answer in the
// sentence that contains its start.
func Build(ds *Dataset) (*Bench, error) {
	paras := make([][]string, len(ds.Data))
	arts := make([]corpus.Article, len(ds.Data))
	for ai, wa := range ds.Data {
		paras[ai] = make([]string, len(wa.Paragraphs))
		for pi, p := range wa.Paragraphs {
			paras[ai][pi] = paragraphText(p.Context)
		}
		name := wa.Title + ".md"
		a, err := corpus.Parse(name, markdown(wa.Title, paras[ai]))
		if err != nil {
			return nil, fmt.Errorf("article %q: %w", wa.Title, err)
		}
		arts[ai] = a
	}
	b := &Bench{Corpus: corpus.New(arts)}
	if len(b.Corpus.Articles) != len(ds.Data) {
		return nil, fmt.Errorf("corpus has %d articles for %d titles", len(b.Corpus.Articles), len(ds.Data))
	}

	byText := make(map[string]int)
	for ai, wa := range ds.Data {
		body := b.Corpus.Articles[ai].Body
		starts := paragraphStarts(body, paras[ai])
		for pi, p := range wa.Paragraphs {
			for _, qa := range p.QAs {
				b.Asked++
				text := strings.TrimSpace(qa.Question)
				qi, seen := byText[text]
				if !seen {
					qi = len(b.Questions)
					byText[text] = qi
					b.Questions = append(b.Questions, Question{Text: text, Article: ai})
				}
				for _, ga := range qa.Answers {
					b.Answers++
					off, ok := bodyOffset(p.Context, ga.Start, starts[pi])
					if !ok {
						b.Unplaced++
						continue
					}
					if !strings.HasPrefix(body[off:], paragraphText(ga.Text)) {
						b.Mismatched++
					}
					si, ok := sentenceAt(b.Corpus, ai, off)
					if !ok {
						b.Unplaced++
						continue
					}
					b.Questions[qi].Gold = addSorted(b.Questions[qi].Gold, si)
				}
			}
		}
	}
	return b, nil
}

// markdown returns an article file for one Wikipedia title: YAML front
// matter, then the paragraphs separated by blank lines.
func markdown(title string, paragraphs []string) []byte {
	var sb strings.Builder
	sb.WriteString("---\n")
	fmt.Fprintf(&sb, "title: %s\n", yamlString(strings.ReplaceAll(title, "_", " ")))
	sb.WriteString("outlet: Wikipedia\n")
	fmt.Fprintf(&sb, "url: %s\n", yamlString("https://en.wikipedia.org/wiki/"+title))
	sb.WriteString("language: en\n")
	sb.WriteString("---\n")
	for _, p := range paragraphs {
		sb.WriteString("\n")
		sb.WriteString(p)
		sb.WriteString("\n")
	}
	return []byte(sb.String())
}

// yamlString writes s as a plain YAML scalar when that is safe, so that
// simple front-matter readers take it verbatim, and double-quoted otherwise.
func yamlString(s string) string {
	plain := s != "" && s == strings.TrimSpace(s) &&
		!strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`") &&
		!strings.Contains(s, ": ") && !strings.Contains(s, " #") &&
		!strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) || r == '"' || r == '\'' })
	if plain {
		return s
	}
	q, _ := json.Marshal(s) // a string always marshals; JSON strings are YAML double-quoted scalars
	return string(q)
}

// paragraphText returns a SQuAD context as a Markdown paragraph. Inner
// newlines (subscripts such as "O\n2" in the Oxygen article) become spaces,
// byte for byte, so that offsets are unchanged; surrounding white space is
// trimmed and bodyOffset accounts for it.
func paragraphText(context string) string {
	return strings.TrimSpace(strings.ReplaceAll(context, "\n", " "))
}

// paragraphStarts returns the byte offset in body of each paragraph, found
// in order; -1 for a paragraph the parser did not keep verbatim.
func paragraphStarts(body string, paras []string) []int {
	starts := make([]int, len(paras))
	cur := 0
	for i, p := range paras {
		j := strings.Index(body[cur:], p)
		if j < 0 {
			starts[i] = -1
			continue
		}
		starts[i] = cur + j
		cur += j + len(p)
	}
	return starts
}

// bodyOffset converts a gold answer start, in code points from the start of
// the raw SQuAD context, to a byte offset in the article body, given where
// the trimmed paragraph starts in the body.
func bodyOffset(context string, start, paraStart int) (int, bool) {
	if paraStart < 0 || start < 0 {
		return 0, false
	}
	off := 0
	for n := 0; n < start; n++ {
		if off >= len(context) {
			return 0, false
		}
		_, size := utf8.DecodeRuneInString(context[off:])
		off += size
	}
	lead := len(context) - len(strings.TrimLeftFunc(strings.ReplaceAll(context, "\n", " "), unicode.IsSpace))
	return paraStart + max(off-lead, 0), true
}

// sentenceAt returns the sentence of article ai whose [Start, End) holds
// byte offset off, or the next one when off falls between two sentences.
func sentenceAt(c *corpus.Corpus, ai, off int) (int, bool) {
	a := &c.Articles[ai]
	sents := c.Sentences[a.First : a.First+a.Count]
	j := sort.Search(len(sents), func(j int) bool { return int(sents[j].End) > off })
	if j == len(sents) {
		return 0, false
	}
	return a.First + j, true
}

// addSorted inserts x into the ascending set s.
func addSorted(s []int, x int) []int {
	i := sort.SearchInts(s, x)
	if i < len(s) && s[i] == x {
		return s
	}
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = x
	return s
}
