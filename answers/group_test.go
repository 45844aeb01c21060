package answers

import (
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

func TestOverlap(t *testing.T) {
	for _, tc := range []struct {
		a, b []termID
		want float64
	}{
		{[]termID{1, 2, 3, 4, 5}, []termID{1, 2, 3, 4, 9}, 0.8},
		{[]termID{1, 2, 3, 4, 5, 6, 7, 8}, []termID{2, 4, 6, 8, 10}, 0.8},
		{[]termID{1, 2}, []termID{1, 2, 3, 4, 5}, 0.4}, // a two-word fragment counts as five
		{nil, []termID{1}, 0},
	} {
		if got := overlap(tc.a, tc.b); got != tc.want {
			t.Errorf("overlap(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
