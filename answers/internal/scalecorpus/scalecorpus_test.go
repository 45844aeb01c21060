package scalecorpus_test

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/citebot/citebot/answers/internal/scalecorpus"
	"github.com/citebot/citebot/corpus"
)

func ExampleGenerate() {
	gen, err := scalecorpus.Generate(1000, 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := corpus.Load(gen.Files)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(gen.Sentences, len(c.Articles) == gen.Articles, len(gen.Questions(5)))
	// Output: 1000 true 5
}

func generate(t *testing.T, sentences int, seed uint64) *scalecorpus.Corpus {
	t.Helper()
	c, err := scalecorpus.Generate(sentences, seed)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, b, other := generate(t, 3000, 7), generate(t, 3000, 7), generate(t, 3000, 8)
	if !slices.Equal(slices.Sorted(maps.Keys(a.Files)), slices.Sorted(maps.Keys(b.Files))) {
		t.Fatal("same seed, different file names")
	}
	differ := false
	for name, f := range a.Files {
		if !bytes.Equal(f.Data, b.Files[name].Data) {
			t.Fatalf("same seed, different %s", name)
		}
		if o, ok := other.Files[name]; !ok || !bytes.Equal(f.Data, o.Data) {
			differ = true
		}
	}
	if !differ {
		t.Error("seeds 7 and 8 gave the same corpus")
	}
	if !slices.Equal(a.Questions(100), b.Questions(100)) {
		t.Error("same seed, different questions")
	}
}

// body returns the text after the front matter of an article file.
func body(t *testing.T, name string, data []byte) string {
	t.Helper()
	s, ok := strings.CutPrefix(string(data), "---\n")
	_, b, found := strings.Cut(s, "\n---\n\n")
	if !ok || !found {
		t.Fatalf("%s: no front matter", name)
	}
	return b
}

// words returns the lower-cased runs of letters of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}

func TestGenerateWritesArticles(t *testing.T) {
	const n = 5000
	gen := generate(t, n, 1)
	if gen.Sentences != n {
		t.Errorf("wrote %d sentences, want %d", gen.Sentences, n)
	}
	if len(gen.Files) != gen.Articles || gen.Articles < n/35 || gen.Articles > n/15 {
		t.Errorf("%d files, %d articles for %d sentences; want about %d", len(gen.Files), gen.Articles, n, n/25)
	}
	vocab := make(map[string]bool)
	outlets := make(map[string]bool)
	for name, f := range gen.Files {
		a, err := corpus.Parse(name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		if a.ID+".md" != name {
			t.Errorf("%s: ID %q", name, a.ID)
		}
		for _, field := range []string{"title", "outlet", "url", "language"} {
			if !strings.Contains(string(f.Data), "\n"+field+": ") {
				t.Errorf("%s: no %s in the front matter", name, field)
			}
		}
		_, outlet, _ := strings.Cut(string(f.Data), "\noutlet: ")
		outlet, _, _ = strings.Cut(outlet, "\n")
		outlets[outlet] = true
		b := body(t, name, f.Data)
		if strings.Contains(b, "\n\n\n") || strings.HasPrefix(b, "\n") {
			t.Errorf("%s: empty paragraph", name)
		}
		for _, w := range words(b) {
			vocab[w] = true
		}
	}
	if len(outlets) < 20 {
		t.Errorf("%d outlets, want variety", len(outlets))
	}
	if len(vocab) != gen.Vocabulary {
		t.Errorf("Vocabulary = %d, the bodies have %d distinct words", gen.Vocabulary, len(vocab))
	}
}

func TestGenerateVocabularyGrows(t *testing.T) {
	small, large := generate(t, 2000, 1), generate(t, 20000, 1)
	// Heaps' law with an exponent between 0.3 and 0.9.
	if r := float64(large.Vocabulary) / float64(small.Vocabulary); r < 2 || r > 8 {
		t.Errorf("vocabulary %d at 2000 sentences, %d at 20000: ratio %.1f, want 2 to 8", small.Vocabulary, large.Vocabulary, r)
	}
}

func TestCorpusSplitsIntoTheSentencesWritten(t *testing.T) {
	if len(corpus.Split("One two three four. Five six seven eight.")) < 2 {
		t.Skip("corpus.Split returns one span per paragraph, not sentences")
	}
	const n = 5000
	c, err := corpus.Load(generate(t, n, 1).Files)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(c.Sentences); got < n*95/100 || got > n*105/100 {
		t.Errorf("corpus.Load found %d sentences, want %d ± 5%%", got, n)
	}
}

// typoOf returns a word of vocab one typing error away from w (an inserted,
// substituted or transposed letter), or "".
func typoOf(w string, vocab map[string]bool) string {
	r := []rune(w)
	for i := 0; i <= len(r); i++ {
		if i+1 < len(r) {
			t := slices.Clone(r)
			t[i], t[i+1] = t[i+1], t[i]
			if vocab[string(t)] {
				return string(t)
			}
		}
		for c := 'a'; c <= 'z'; c++ {
			ins := slices.Insert(slices.Clone(r), i, c)
			if vocab[string(ins)] {
				return string(ins)
			}
			if i < len(r) {
				sub := slices.Clone(r)
				sub[i] = c
				if vocab[string(sub)] {
					return string(sub)
				}
			}
		}
	}
	return ""
}

func TestQuestions(t *testing.T) {
	const n = 300
	gen := generate(t, 10000, 3)
	vocab := make(map[string]bool)
	for name, f := range gen.Files {
		for _, w := range words(body(t, name, f.Data)) {
			vocab[w] = true
		}
	}
	qs := gen.Questions(n)
	if len(qs) != n {
		t.Fatalf("%d questions, want %d", len(qs), n)
	}
	wh := make(map[string]bool)
	for _, w := range strings.Fields("what who when where why how which much many did said is it true that") {
		wh[w] = true
	}
	seen := make(map[string]bool)
	var typos, absent, unanswerable int
	for _, q := range qs {
		if seen[q] || !strings.HasSuffix(q, "?") || len(strings.Fields(q)) < 3 {
			t.Errorf("bad or repeated question %q", q)
		}
		seen[q] = true
		var known, typo, x bool
		for _, w := range words(q) {
			switch {
			case wh[w]: // never a content word
			case vocab[w]:
				known = true
			case strings.HasPrefix(w, "x"):
				x = true
			case typoOf(w, vocab) != "":
				typo = true
			default:
				t.Errorf("%q: %q is neither a corpus word, nor one typo away, nor meant to be absent", q, w)
			}
		}
		if typo {
			typos++
		}
		if x {
			absent++
		}
		if !known {
			unanswerable++
		}
	}
	if typos < n/5 || typos > n/2 {
		t.Errorf("%d typos in %d questions, want about a third", typos, n)
	}
	if absent < n/20 || unanswerable == 0 {
		t.Errorf("%d questions with absent words, %d with no corpus word, want some", absent, unanswerable)
	}
}
