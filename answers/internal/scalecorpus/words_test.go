package scalecorpus

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWordIsOneToOne(t *testing.T) {
	b := uint64(len(syllables))
	seen := make(map[string]uint64)
	// Past the end of the two-syllable words, into the three-syllable ones.
	for rank := range b*b + 5000 {
		w := word(rank)
		if prev, ok := seen[w]; ok {
			t.Fatalf("ranks %d and %d are both %q", prev, rank, w)
		}
		seen[w] = rank
		if strings.ContainsAny(w, "xq") {
			t.Fatalf("rank %d: %q has x or q, kept for absent words", rank, w)
		}
	}
	if first := word(0)[:2]; strings.HasPrefix(word(1), first) && strings.HasPrefix(word(2), first) {
		t.Errorf("the most frequent words share their first letters: %q %q %q", word(0), word(1), word(2))
	}
}

func TestReplaceable(t *testing.T) {
	tests := []struct {
		sentence, word string
		want           bool
	}{
		{"Blinken met the ministers.", "Blinken", true},
		{"Blinken met the ministers.", "ministers", true},
		{"Blinken met the ministers.", "the", false},
		{"Blinken met the ministers.", "met", true},
		{"He is in Astana.", "He", false},
		{"Mr. Blinken left.", "Mr", false},
		{"Gen. Smith left early.", "Gen", false},
		{"They said “no.”", "no", false},
		{"They stopped at Astana.”", "Astana", true},
		{"Blinken’s visit ended.", "Blinken", true},
		{"Blinken's visit ended.", "Blinken", true},
		{"We don’t need protection.", "don", false},
		{"They’re late again.", "They", false},
		{"The U.S. sent aid.", "U", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sentence, tt.word)
		if got := replaceable(tt.sentence, token{i, i + len(tt.word)}); got != tt.want {
			t.Errorf("replaceable(%q, %q) = %v, want %v", tt.sentence, tt.word, got, tt.want)
		}
	}
}

func TestShapeOf(t *testing.T) {
	for w, want := range map[string]shape{"sanctions": lower, "Astana": title, "CSTO": upper, "A": title, "McCain": title} {
		if got := shapeOf(w); got != want {
			t.Errorf("shapeOf(%q) = %d, want %d", w, got, want)
		}
	}
}

// osa returns the optimal string alignment distance between a and b.
func osa(a, b []rune) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

func TestTypo(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, w := range []string{"sanctions", "Astana", "press", "Kazakhstan", "books"} {
		for range 200 {
			got := typo(w, rng)
			if d := osa([]rune(w), []rune(got)); d != 1 {
				t.Fatalf("typo(%q) = %q, %d edits away", w, got, d)
			}
			if r, _ := utf8.DecodeRuneInString(got); !strings.HasPrefix(w, string(r)) {
				t.Fatalf("typo(%q) = %q changed the first letter", w, got)
			}
		}
	}
}
