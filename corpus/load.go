package corpus

import (
	"io/fs"
	"os"
	"strings"
)

// FieldError reports a problem with one field of one article file.
type FieldError struct {
	File  string // path of the file
	Field string // front-matter field, or "body"/"front matter"
	Msg   string
}

func (e *FieldError) Error() string { return e.File + ": " + e.Field + ": " + e.Msg }

// Parse reads one article file: YAML front matter between "---" lines, then
// the Markdown body. The article's ID is the file's base name without
// extension. Sentences are not split; New does that.
func Parse(name string, data []byte) (Article, error) {
	// STUB: replaced by the real front-matter parser.
	a := Article{Path: name, ID: strings.TrimSuffix(name[strings.LastIndex(name, "/")+1:], ".md"), Body: string(data)}
	return a, nil
}

// New builds a corpus from parsed articles, splitting each body into
// sentences.
func New(articles []Article) *Corpus {
	c := &Corpus{Articles: articles}
	for ai := range c.Articles {
		a := &c.Articles[ai]
		a.First = len(c.Sentences)
		for _, sp := range Split(a.Body) {
			c.Sentences = append(c.Sentences, Sentence{Article: int32(ai), Paragraph: int32(sp.Paragraph), Start: int32(sp.Start), End: int32(sp.End), Kind: sp.Kind})
		}
		a.Count = len(c.Sentences) - a.First
	}
	return c
}

// Load reads every *.md file in fsys as an article and builds the corpus.
func Load(fsys fs.FS) (*Corpus, error) {
	names, err := fs.Glob(fsys, "*.md")
	if err != nil {
		return nil, err
	}
	var arts []Article
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		a, err := Parse(n, b)
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	return New(arts), nil
}

// LoadDir loads the articles of a folder.
func LoadDir(dir string) (*Corpus, error) { return Load(os.DirFS(dir)) }

// Span is the place of one sentence in a text.
type Span struct {
	Start, End int // byte offsets
	Paragraph  int // paragraph number, from 0
	Kind       Kind
}

// Split returns the sentences of an article body.
func Split(body string) []Span {
	// STUB: one sentence per paragraph.
	var out []Span
	off := 0
	for p, para := range strings.Split(body, "\n\n") {
		t := strings.TrimSpace(para)
		if t != "" {
			s := off + strings.Index(para, t)
			out = append(out, Span{Start: s, End: s + len(t), Paragraph: p})
		}
		off += len(para) + 2
	}
	return out
}
