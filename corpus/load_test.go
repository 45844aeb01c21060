package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestLoadDirGood(t *testing.T) {
	c, err := LoadDir("testdata/articles/good")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id, title, published, lang, original string
		sentences                            []string
	}{
		{"astana", "Blinken in Astana", "2023-02-28", "en", "",
			[]string{"Talks", "Blinken met Mr. Tleuberdi in Astana.", "They spoke about trade.", "The ministers in Astana. (AP Photo)"}},
		{"tashkent", "Blinken in Tashkent: a quoted title", "2023-03-01", "en", "Beispiel Zeitung",
			[]string{"Blinken flew to Tashkent.", "He met the president."}},
		{"undated", "An undated report", "", "en", "",
			[]string{"The day of this report is not known."}},
	}
	if len(c.Articles) != len(want) {
		t.Fatalf("loaded %d articles, want %d", len(c.Articles), len(want))
	}
	next := 0
	for i, w := range want {
		a := c.Articles[i]
		if a.ID != w.id || a.Title != w.title || a.Published() != w.published || a.Language != w.lang || a.OriginalOutlet != w.original {
			t.Errorf("article %d = {ID %q, Title %q, Published %q, Language %q, OriginalOutlet %q}, want %+v",
				i, a.ID, a.Title, a.Published(), a.Language, a.OriginalOutlet, w)
		}
		if a.First != next || a.Count != len(w.sentences) {
			t.Errorf("%s: First, Count = %d, %d; want %d, %d", a.ID, a.First, a.Count, next, len(w.sentences))
			continue
		}
		for j, s := range w.sentences {
			if got := c.Text(a.First + j); got != s {
				t.Errorf("%s: sentence %d = %q, want %q", a.ID, j, got, s)
			}
			if got := c.Sentences[a.First+j].Article; got != int32(i) {
				t.Errorf("%s: sentence %d belongs to article %d", a.ID, j, got)
			}
		}
		next += a.Count
	}
	if want := filepath.Join("testdata", "articles", "good", "sub", "tashkent.md"); c.Articles[1].Path != want {
		t.Errorf("Path = %q, want %q", c.Articles[1].Path, want)
	}
	kinds := []Kind{Heading, Text, Text, Caption}
	for j, k := range kinds {
		if got := c.Sentences[j].Kind; got != k {
			t.Errorf("astana sentence %d is a %s, want a %s", j, got, k)
		}
	}
}

// TestParseBad checks that each malformed file in testdata/articles/bad is
// rejected with a *FieldError that names the file and the field.
func TestParseBad(t *testing.T) {
	for _, tt := range []struct {
		file, field, msg string
	}{
		{"missing_title.md", "title", "missing"},
		{"bad_date.md", "published", `must be a day written YYYY-MM-DD, got "28 February 2023"`},
		{"bad_url.md", "url", `"/news/c" is not an absolute http(s) URL`},
		{"no_front_matter.md", "front matter", `missing: the file must start with a "---" line`},
		{"unclosed.md", "front matter", `no closing "---" line`},
		{"invalid_yaml.md", "front matter", "invalid YAML"},
		{"empty_body.md", "body", "empty"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			name := "testdata/articles/bad/" + tt.file
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Parse(name, data)
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("Parse(%s) = %v, want a *FieldError", tt.file, err)
			}
			if fe.File != name || fe.Field != tt.field || !strings.HasPrefix(fe.Msg, tt.msg) {
				t.Errorf("Parse(%s) = %q, want file %s, field %q, message starting %q", tt.file, err, name, tt.field, tt.msg)
			}
			var pe *time.ParseError
			if got := errors.As(err, &pe); got != (tt.field == "published") {
				t.Errorf("Parse(%s): errors.As(err, *time.ParseError) = %v, want the cause only for a bad date", tt.file, got)
			}
		})
	}
}

func TestParseFields(t *testing.T) {
	const head = "---\ntitle: T\noutlet: O\nurl: https://example.com/x\n"
	for _, tt := range []struct {
		name, front string
		date        time.Time
		lang        string
		errField    string // "" when the file is good
	}{
		{"date unquoted", "published: 2023-03-01\n", time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), "en", ""},
		{"date quoted", "published: '2023-03-01'\n", time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), "en", ""},
		{"date empty", "published:\n", time.Time{}, "en", ""},
		{"date with time", "published: 2023-03-01T10:30:00Z\n", time.Time{}, "en", "published"},
		{"date a number", "published: 2023\n", time.Time{}, "en", "published"},
		{"date impossible", "published: 2023-02-30\n", time.Time{}, "en", "published"},
		{"language", "language: pt-BR\n", time.Time{}, "pt-BR", ""},
		{"language bad", "language: English language\n", time.Time{}, "", "language"},
		{"original url bad", "original_url: example.com\n", time.Time{}, "en", "original_url"},
		{"url ftp", "url: ftp://example.com/x\n", time.Time{}, "en", "url"},
		{"outlet blank", "outlet: '  '\n", time.Time{}, "en", "outlet"},
		{"title a list", "title: [a, b]\n", time.Time{}, "en", "front matter"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := head + tt.front + "---\n\n \t\n“Body.”\n\n"
			a, err := Parse("x.md", []byte(data))
			if tt.errField != "" {
				var fe *FieldError
				if !errors.As(err, &fe) || fe.Field != tt.errField {
					t.Fatalf("Parse(%q) = %v, want an error for field %q", data, err, tt.errField)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", data, err)
			}
			if !a.Date.Equal(tt.date) || a.Language != tt.lang || a.Body != "“Body.”" || a.ID != "x" {
				t.Errorf("Parse(%q) = {Date %v, Language %q, Body %q, ID %q}, want {%v, %q, \"“Body.”\", \"x\"}", data, a.Date, a.Language, a.Body, a.ID, tt.date, tt.lang)
			}
		})
	}
}

// TestCheckDate covers the values a YAML decoder may hand over for
// published: gopkg.in/yaml.v2 gives strings, others give time.Time.
func TestCheckDate(t *testing.T) {
	day := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		in   any
		want time.Time
		ok   bool
	}{
		{nil, time.Time{}, true},
		{"2023-03-01", day, true},
		{" 2023-03-01 ", day, true},
		{"", time.Time{}, true},
		{"2023-3-1", time.Time{}, false},
		{day, day, true},
		{time.Date(2023, 3, 1, 0, 0, 0, 0, time.FixedZone("ALMT", 5*3600)), day, true},
		{time.Date(2023, 3, 1, 10, 30, 0, 0, time.UTC), time.Time{}, false},
		{20230301, time.Time{}, false},
	} {
		var errs ErrorList
		got := checkDate(&errs, "x.md", tt.in)
		if !got.Equal(tt.want) || (len(errs) == 0) != tt.ok {
			t.Errorf("checkDate(%#v) = %v, %v; want %v, ok %v", tt.in, got, errs.Err(), tt.want, tt.ok)
		}
	}
}

func TestParseReportsEveryField(t *testing.T) {
	_, err := Parse("x.md", []byte("---\nurl: nowhere\npublished: soon\n---\nText.\n"))
	var l ErrorList
	if !errors.As(err, &l) {
		t.Fatalf("Parse = %v, want an ErrorList", err)
	}
	var fields []string
	for _, e := range l {
		fields = append(fields, e.Field)
	}
	if got, want := strings.Join(fields, ","), "title,outlet,url,published"; got != want {
		t.Errorf("fields with errors = %s, want %s", got, want)
	}
}

// TestLoadDirBad checks that one error names every bad file.
func TestLoadDirBad(t *testing.T) {
	_, err := LoadDir("testdata/articles/bad")
	if err == nil {
		t.Fatal("LoadDir(bad) succeeded")
	}
	var l ErrorList
	if !errors.As(err, &l) {
		t.Fatalf("LoadDir(bad) = %v, want an ErrorList", err)
	}
	files := map[string]bool{}
	for _, e := range l {
		files[filepath.Base(e.File)] = true
	}
	if len(files) != 7 {
		t.Errorf("errors name %d files, want all 7: %v", len(files), err)
	}
	var fe *FieldError
	if !errors.As(err, &fe) || !strings.HasPrefix(fe.File, filepath.Join("testdata", "articles", "bad")) {
		t.Errorf("errors.As found %v, want a *FieldError with the folder in its path", fe)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "load corpus testdata/articles/bad: 7 errors:") || !strings.Contains(msg, "bad_url.md: url:") {
		t.Errorf("error message does not name the folder and the files:\n%s", msg)
	}
}

func TestLoadDirFolderErrors(t *testing.T) {
	for _, tt := range []struct {
		dir, want string
		is        error
	}{
		{"testdata/articles/nomd", "load corpus testdata/articles/nomd: no .md article files", ErrNoArticles},
		{"testdata/articles/missing", "load corpus testdata/articles/missing: cannot read the folder:", fs.ErrNotExist},
		{"testdata/articles/good/astana.md", "load corpus testdata/articles/good/astana.md: not a folder", nil},
		{"testdata/articles/dup", `article ID "same" is also the ID of testdata/articles/dup/same.md`, nil},
	} {
		t.Run(tt.dir, func(t *testing.T) {
			_, err := LoadDir(tt.dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("LoadDir(%s) = %v, want an error containing %q", tt.dir, err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("LoadDir(%s) = %v, want errors.Is %v", tt.dir, err, tt.is)
			}
		})
	}
}

func TestLoadEmptyFS(t *testing.T) {
	_, err := Load(fstest.MapFS{})
	if !errors.Is(err, ErrNoArticles) {
		t.Errorf("Load(empty) = %v, want ErrNoArticles", err)
	}
}

func TestNew(t *testing.T) {
	arts := []Article{{ID: "a", Body: "One. Two."}, {ID: "b", Body: "Three."}}
	c := New(arts)
	if len(c.Sentences) != 3 || c.Articles[1].First != 2 || c.Articles[1].Count != 1 || c.Text(2) != "Three." || c.Sentences[2].Article != 1 {
		t.Errorf("New = %+v", c)
	}
}

// generated returns a corpus of n articles of 25 sentences each, made of
// the embedded corpus's sentences.
func generated(tb testing.TB, n int) (fstest.MapFS, int) {
	emb, err := Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	fsys := fstest.MapFS{}
	k := 0
	for i := range n {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: Article %d\noutlet: Generator\nurl: https://example.com/%d\npublished: 2023-03-%02d\n---\n\n", i, i, i%28+1)
		for j := range 25 {
			si := k % len(emb.Sentences)
			k++
			if emb.Sentences[si].Kind != Text {
				continue
			}
			b.WriteString(emb.Text(si))
			if j%4 == 3 {
				b.WriteString("\n\n")
			} else {
				b.WriteString(" ")
			}
		}
		fsys[fmt.Sprintf("%02d/%06d.md", i%100, i)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	c, err := Load(fsys)
	if err != nil {
		tb.Fatal(err)
	}
	return fsys, len(c.Sentences)
}

func BenchmarkLoad(b *testing.B) {
	fsys, n := generated(b, 2000)
	var size int64
	for _, f := range fsys {
		size += int64(len(f.Data))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
