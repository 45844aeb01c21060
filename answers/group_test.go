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
