package corpus

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden files")

// TestEmbedded checks the embedded corpus: five articles whose front matter
// is complete, each split into sentences.
func TestEmbedded(t *testing.T) {
	c, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 5 {
		t.Fatalf("embedded corpus has %d articles, want 5", len(c.Articles))
	}
	for i, a := range c.Articles {
		if want := fmt.Sprintf("%03d_", i); !strings.HasPrefix(a.ID, want) {
			t.Errorf("article %d has ID %q, want prefix %q", i, a.ID, want)
		}
		if a.Title == "" || a.Outlet == "" || a.URL == "" || a.Language != "en" {
			t.Errorf("%s: incomplete front matter: %+v", a.ID, a)
		}
		if a.Count < 10 {
			t.Errorf("%s has %d sentences, want at least 10", a.ID, a.Count)
		}
	}
	if d := c.Articles[0].Published(); d != "" {
		t.Errorf("article 000 has published %q; its day is unknown", d)
	}
	if d := c.Articles[1].Published(); d != "2023-03-04" {
		t.Errorf("article 001 has published %q, want 2023-03-04", d)
	}
}

// TestEmbeddedGolden compares the sentences of the embedded corpus with
// testdata/embedded.golden, one a line with its article, paragraph and kind.
// Run with -update to rewrite the file after a deliberate change.
func TestEmbeddedGolden(t *testing.T) {
	c, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i, s := range c.Sentences {
		fmt.Fprintf(&b, "%s %3d %-7s %s\n", c.Articles[s.Article].ID[:3], s.Paragraph, s.Kind, c.Text(i))
	}
	golden := filepath.Join("testdata", "embedded.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("sentences differ from %s (run go test -update and review the diff):\n%s", golden, firstDiff(got, string(want)))
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\ngot:  %s\nwant: %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("got %d lines, want %d", len(g), len(w))
}

// TestEmbeddedMatchesSeeds checks that every sentence of the embedded corpus
// appears verbatim, and in order, in the seed text it was made from. The
// seeds live outside the repository, in shared/seeds beside the repository
// root (or beside one of its parent folders); the test is skipped without
// them.
func TestEmbeddedMatchesSeeds(t *testing.T) {
	seeds := findSeeds()
	if seeds == "" {
		t.Skip("seed folder shared/seeds not found beside the repository root; skipping the verbatim check")
	}
	c, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Articles {
		data, err := os.ReadFile(filepath.Join(seeds, a.ID+".txt"))
		if err != nil {
			t.Errorf("%s: %v", a.ID, err)
			continue
		}
		seed, at := string(data), 0
		for i := a.First; i < a.First+a.Count; i++ {
			s := c.Text(i)
			j := strings.Index(seed[at:], s)
			if j < 0 {
				t.Errorf("%s: sentence %d is not in %s after byte %d: %q", a.ID, i-a.First, a.ID+".txt", at, s)
				continue
			}
			at += j + len(s)
		}
	}
}

// findSeeds looks for shared/seeds in the parents of the package folder.
func findSeeds() string {
	dir, err := filepath.Abs("..")
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "..", "shared", "seeds")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// BenchmarkEmbeddedLoad measures what the first call to Embedded costs.
func BenchmarkEmbeddedLoad(b *testing.B) {
	sub, err := fs.Sub(embedded, "articles")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(sub); err != nil {
			b.Fatal(err)
		}
	}
}
