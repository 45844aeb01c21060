package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/adrg/frontmatter"
	"gopkg.in/yaml.v2"
)

// FieldError reports a problem with one field of one article file.
type FieldError struct {
	File  string // path of the file
	Field string // front-matter field, or "front matter", "body", "file", "id"
	Msg   string
	Err   error // underlying error, if any
}

func (e *FieldError) Error() string { return e.File + ": " + e.Field + ": " + e.Msg }

// Unwrap returns the underlying error, if any.
func (e *FieldError) Unwrap() error { return e.Err }

// ErrorList is a list of problems found in the files of a corpus, in the
// spirit of go/scanner's ErrorList. errors.As finds each *FieldError in it.
type ErrorList []*FieldError

// Add appends an error for file and field.
func (l *ErrorList) Add(file, field, msg string) {
	*l = append(*l, &FieldError{File: file, Field: field, Msg: msg})
}

// Sort orders the list by file, keeping the order of errors within a file.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *FieldError) int { return strings.Compare(a.File, b.File) })
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error lists the errors, one a line.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d errors:", len(l))
	for _, e := range l {
		b.WriteString("\n\t")
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the errors of the list, for errors.As and errors.Is.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// ErrNoArticles is returned by Load when a folder holds no article files.
var ErrNoArticles = errors.New("no .md article files")

// yamlFrontMatter is the only front-matter format articles may use.
var yamlFrontMatter = frontmatter.NewFormat("---", "---", yaml.Unmarshal)

// frontMatter holds the fields of an article's front matter. Fields not
// listed here are ignored.
type frontMatter struct {
	Title          string `yaml:"title"`
	Outlet         string `yaml:"outlet"`
	URL            string `yaml:"url"`
	Published      any    `yaml:"published"` // a string or, unquoted, a time.Time
	Language       string `yaml:"language"`
	OriginalOutlet string `yaml:"original_outlet"`
	OriginalURL    string `yaml:"original_url"`
	OriginalTitle  string `yaml:"original_title"`
}

// Parse reads one article file: YAML front matter between "---" lines, then
// the Markdown body. The article's ID is the file's base name without
// extension. It checks that title, outlet and url (absolute, http or https)
// are present and that published, when present, is a day (YYYY-MM-DD);
// language defaults to "en". The error, if any, is an ErrorList of
// *FieldError, one for each problem. Sentences are not split; New does that.
func Parse(name string, data []byte) (Article, error) {
	a := Article{Path: name, ID: strings.TrimSuffix(path.Base(filepath.ToSlash(name)), ".md")}
	var errs ErrorList
	if a.ID == "" {
		errs.Add(name, "id", "the file name is empty before .md")
	}
	// The parser gets the front matter alone, so that the body is not copied
	// through its buffers: that halves the time to load a large corpus.
	head, body := data, []byte(nil)
	if n, ok := frontMatterEnd(data); ok {
		head, body = data[:n], data[n:]
	}
	var fm frontMatter
	rest, err := frontmatter.MustParse(bytes.NewReader(head), &fm, yamlFrontMatter)
	if body == nil {
		body = rest
	}
	switch {
	case errors.Is(err, frontmatter.ErrNotFound):
		msg := `missing: the file must start with a "---" line, then YAML fields, then a "---" line`
		if startsWithDelimiter(data) {
			msg = `no closing "---" line`
		}
		errs.Add(name, "front matter", msg)
		return a, errs
	case err != nil:
		errs = append(errs, &FieldError{File: name, Field: "front matter", Msg: "invalid YAML: " + err.Error(), Err: err})
		return a, errs
	}

	a.Title = required(&errs, name, "title", fm.Title)
	a.Outlet = required(&errs, name, "outlet", fm.Outlet)
	if u := required(&errs, name, "url", fm.URL); u != "" {
		a.URL = checkURL(&errs, name, "url", u)
	}
	a.Date = checkDate(&errs, name, fm.Published)
	a.Language = strings.TrimSpace(fm.Language)
	if a.Language == "" {
		a.Language = "en"
	} else if !languageTag(a.Language) {
		errs.Add(name, "language", fmt.Sprintf("%q is not a language tag like \"en\" or \"pt-BR\"", a.Language))
	}
	a.OriginalOutlet = strings.TrimSpace(fm.OriginalOutlet)
	a.OriginalTitle = strings.TrimSpace(fm.OriginalTitle)
	if u := strings.TrimSpace(fm.OriginalURL); u != "" {
		a.OriginalURL = checkURL(&errs, name, "original_url", u)
	}

	a.Body = trimBody(body)
	switch {
	case a.Body == "":
		errs.Add(name, "body", "empty: there is no text after the front matter")
	case len(a.Body) > math.MaxInt32:
		errs.Add(name, "body", "too long: more than 2 GB")
	case !utf8.ValidString(a.Body):
		errs.Add(name, "body", "not valid UTF-8 text")
	}
	return a, errs.Err()
}

// frontMatterEnd returns the end of the line that closes the front matter
// at the start of data, found as the front-matter parser finds it: blank
// lines, a "---" line, then lines up to the next "---" line.
func frontMatterEnd(data []byte) (int, bool) {
	opened := false
	for i := 0; i < len(data); {
		line, next := data[i:], len(data)
		if nl := bytes.IndexByte(line, '\n'); nl >= 0 {
			line, next = line[:nl], i+nl+1
		}
		switch t := bytes.TrimSpace(line); {
		case opened && string(t) == "---":
			return next, true
		case !opened && string(t) == "---":
			opened = true
		case !opened && len(t) > 0:
			return 0, false
		}
		i = next
	}
	return 0, false
}

// startsWithDelimiter reports whether the first non-blank line of data is
// "---".
func startsWithDelimiter(data []byte) bool {
	data = bytes.TrimLeft(data, " \t\r\n")
	line, _, _ := bytes.Cut(data, []byte("\n"))
	return string(bytes.TrimSpace(line)) == "---"
}

// trimBody drops the blank lines before the body and the white space after
// it. The indentation of the first line is kept, as the splitter's rules
// for headings and captions look at what starts a line.
func trimBody(rest []byte) string {
	i := 0
	for j := 0; j < len(rest); j++ {
		if rest[j] == '\n' {
			i = j + 1
		} else if rest[j] >= utf8.RuneSelf || !asciiSpace[rest[j]] {
			break
		}
	}
	return string(bytes.TrimRight(rest[i:], " \t\r\n"))
}

func required(errs *ErrorList, file, field, v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		errs.Add(file, field, "missing")
	}
	return v
}

func checkURL(errs *ErrorList, file, field, v string) string {
	u, err := url.Parse(v)
	switch {
	case err != nil:
		*errs = append(*errs, &FieldError{File: file, Field: field, Msg: fmt.Sprintf("%q is not a URL", v), Err: err})
	case u.Scheme != "http" && u.Scheme != "https" || u.Host == "":
		errs.Add(file, field, fmt.Sprintf("%q is not an absolute http(s) URL", v))
	default:
		return v
	}
	return ""
}

func checkDate(errs *ErrorList, file string, v any) time.Time {
	const msg = "must be a day written YYYY-MM-DD"
	switch v := v.(type) {
	case nil:
		return time.Time{}
	case time.Time:
		if h, m, s := v.Clock(); h != 0 || m != 0 || s != 0 || v.Nanosecond() != 0 {
			errs.Add(file, "published", fmt.Sprintf("%s, not a time (%s)", msg, v.Format(time.RFC3339)))
			return time.Time{}
		}
		return time.Date(v.Year(), v.Month(), v.Day(), 0, 0, 0, 0, time.UTC)
	case string:
		s := strings.TrimSpace(v)
		if s == "" {
			return time.Time{}
		}
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			*errs = append(*errs, &FieldError{File: file, Field: "published", Msg: fmt.Sprintf("%s, got %q", msg, s), Err: err})
			return time.Time{}
		}
		return t
	}
	errs.Add(file, "published", fmt.Sprintf("%s, got %v", msg, v))
	return time.Time{}
}

// languageTag reports whether s looks like a BCP 47 tag: subtags of letters
// and digits joined by hyphens, starting with 2 or 3 letters.
func languageTag(s string) bool {
	for i, sub := range strings.Split(s, "-") {
		if len(sub) == 0 || len(sub) > 8 || i == 0 && (len(sub) < 2 || len(sub) > 3) {
			return false
		}
		for j := 0; j < len(sub); j++ {
			c := sub[j]
			if !isASCIILetter(c) && (i == 0 || c < '0' || c > '9') {
				return false
			}
		}
	}
	return true
}

// New builds a corpus from parsed articles, splitting each body into
// sentences.
func New(articles []Article) *Corpus {
	sents := make([][]Sentence, len(articles))
	var spans []Span
	for i := range articles {
		sents[i], spans = sentences(articles[i].Body, i, spans)
	}
	return assemble(articles, sents)
}

// sentences splits body, the body of article ai, reusing buf, and returns
// its sentences and buf for reuse.
func sentences(body string, ai int, buf []Span) ([]Sentence, []Span) {
	sp := splitter{s: body, out: buf[:0]}
	sp.all()
	out := make([]Sentence, len(sp.out))
	for i, s := range sp.out {
		out[i] = Sentence{Article: int32(ai), Paragraph: int32(s.Paragraph), Start: int32(s.Start), End: int32(s.End), Kind: s.Kind}
	}
	return out, sp.out
}

// assemble makes a corpus of articles and the sentences of each.
func assemble(articles []Article, sents [][]Sentence) *Corpus {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	c := &Corpus{Articles: articles, Sentences: make([]Sentence, 0, n)}
	for i, s := range sents {
		c.Articles[i].First = len(c.Sentences)
		c.Articles[i].Count = len(s)
		c.Sentences = append(c.Sentences, s...)
	}
	return c
}

// Load reads every *.md file in fsys and its subfolders (except hidden ones)
// as an article and builds the corpus. Files are parsed in parallel. When
// files are bad, the error is an ErrorList that names every bad file;
// article IDs must be unique.
func Load(fsys fs.FS) (*Corpus, error) {
	c, err := load(fsys, "")
	if err != nil {
		return nil, fmt.Errorf("load corpus: %w", err)
	}
	return c, nil
}

// LoadDir loads the articles of a folder, as Load does; errors name the
// folder and the files in it.
func LoadDir(dir string) (*Corpus, error) {
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return nil, fmt.Errorf("load corpus %s: not a folder", dir)
	}
	c, err := load(os.DirFS(dir), dir)
	if err != nil {
		return nil, fmt.Errorf("load corpus %s: %w", dir, err)
	}
	return c, nil
}

// load loads the articles of fsys, naming files as paths under dir.
func load(fsys fs.FS, dir string) (*Corpus, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil && p == ".":
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err // the path is "."; the caller names the folder
			}
			return fmt.Errorf("cannot read the folder: %w", err)
		case err != nil:
			return fmt.Errorf("cannot read %s: %w", p, err)
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".md") {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, ErrNoArticles
	}

	arts := make([]Article, len(names))
	sents := make([][]Sentence, len(names))
	errs := make([]error, len(names))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var spans []Span
			for {
				i := int(next.Add(1) - 1)
				if i >= len(names) {
					return
				}
				file := names[i]
				if dir != "" {
					file = filepath.Join(dir, filepath.FromSlash(names[i]))
				}
				data, err := fs.ReadFile(fsys, names[i])
				if err != nil {
					errs[i] = ErrorList{{File: file, Field: "file", Msg: "cannot read: " + err.Error(), Err: err}}
					continue
				}
				arts[i], errs[i] = Parse(file, data)
				if errs[i] == nil {
					sents[i], spans = sentences(arts[i].Body, i, spans)
				}
			}
		}()
	}
	wg.Wait()

	var list ErrorList
	for _, err := range errs {
		if l, ok := err.(ErrorList); ok {
			list = append(list, l...)
		}
	}
	seen := make(map[string]string, len(arts))
	for i := range arts {
		if errs[i] != nil {
			continue
		}
		if first, dup := seen[arts[i].ID]; dup {
			list.Add(arts[i].Path, "id", fmt.Sprintf("article ID %q is also the ID of %s", arts[i].ID, first))
			continue
		}
		seen[arts[i].ID] = arts[i].Path
	}
	if len(list) > 0 {
		list.Sort()
		return nil, list
	}
	return assemble(arts, sents), nil
}
