package answers

import (
	"math"
	"strings"
	"testing"

	"github.com/citebot/citebot/corpus"
)

// TestGroup checks which quotes of other articles are folded under an
// answer: one that states the same fact in other words is, while a short
// fragment that shares two of its three words with the answer is not.
func TestGroup(t *testing.T) {
	c := corpus.New([]corpus.Article{
		{ID: "a", Outlet: "A", Body: "Tokayev hailed the reliable partnerships with the United States and said Biden sent him messages."},
		{ID: "b", Outlet: "B", Body: "Tokayev praised reliable partnerships with the United States and said Biden had sent messages."},
		{ID: "c", Outlet: "C", Body: "United States and regional states."},
	})
	ix := New(c)
	got, err := ix.Search("What did Tokayev say about partnerships with the United States?", Options{K: 3})
	if err != nil || len(got) == 0 {
		t.Fatalf("%v, %d answers", err, len(got))
	}
	var also []string
	for _, m := range got[0].AlsoIn {
		also = append(also, m.Article.ID)
	}
	if len(also) != 1 || also[0] != "b" {
		t.Errorf("first answer %q from %s: also in %q, want [b]", got[0].Quote, got[0].Article.ID, also)
	}
}

// TestGroupNumbers checks that two quotes stating different amounts are two
// facts however many words they share, and that the same amount in other
// words is one.
func TestGroupNumbers(t *testing.T) {
	c := corpus.New([]corpus.Article{
		{ID: "a", Outlet: "A", Body: "It turns out to be $9 million per country."},
		{ID: "b", Outlet: "B", Body: "The countries get $25 million in new money."},
		{ID: "c", Outlet: "C", Body: "It turns out each country gets 9 million dollars."},
	})
	ix := New(c)
	got, err := ix.Search("How many million dollars per country?", Options{K: 3})
	if err != nil || len(got) == 0 {
		t.Fatalf("%v, %d answers", err, len(got))
	}
	groups := make(map[string][]string)
	for _, a := range got {
		for _, m := range a.AlsoIn {
			groups[a.Article.ID] = append(groups[a.Article.ID], m.Article.ID)
		}
	}
	for first, also := range groups {
		for _, id := range also {
			if first+id != "ac" && first+id != "ca" {
				t.Errorf("%s folded under %s: %v", id, first, got)
			}
		}
	}
	if len(groups["a"])+len(groups["c"]) != 1 {
		t.Errorf("the two quotes of $9 million are not one answer: %v", got)
	}
}

// TestOverlap checks that sharing rare words makes two sentences closer
// than sharing the names half the corpus holds, and that a fragment of a
// few words does not make every sentence that holds them its repeat.
func TestOverlap(t *testing.T) {
	sentences := []string{
		"Kazakhstan keeps checks and balances with Russia.",
		"Astana wants checks and balances with Moscow.",
		"Kazakhstan trades grain with Russia.",
		"Kazakhstan met Russia.",
		"Russia and Kazakhstan talked.",
		"Kazakhstan sold oil to Russia.",
		"Checks.",
		"Kazakhstan United States",
	}
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: strings.Join(sentences, "\n\n")}}))
	o := func(i, j int) float64 { return ix.overlap(ix.termsOf(uint32(i)), ix.termsOf(uint32(j))) }
	if rare, common := o(0, 1), o(0, 2); rare <= common {
		t.Errorf("sharing checks and balances %.3f, sharing Kazakhstan and Russia %.3f: want the first higher", rare, common)
	}
	if self := o(0, 0); math.Abs(self-1) > 1e-9 {
		t.Errorf("a sentence against itself: %.3f, want 1", self)
	}
	if frag := o(6, 0); frag >= ix.p.Duplicate {
		t.Errorf("a one-word fragment: %.3f, want below %.2f", frag, ix.p.Duplicate)
	}
	if o(0, 7) != o(7, 0) {
		t.Errorf("overlap is not symmetric")
	}
	for i, want := range map[int]bool{7: true, 0: false, 3: false} {
		if got := ix.namesOnly(ix.termsOf(uint32(i))); got != want {
			t.Errorf("namesOnly(%q) = %v, want %v", sentences[i], got, want)
		}
	}
}
