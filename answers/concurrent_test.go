package answers

import (
	"sync"
	"testing"

	"github.com/citebot/citebot/corpus"
)

// TestConcurrentSearch checks that an Index answers from many goroutines at
// once exactly as it does from one: the pooled buffers are per query.
func TestConcurrentSearch(t *testing.T) {
	c, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ix := New(c)
	qs := []string{"CSTO members?", "What did Tileuberdi say about Russia?", "How do I bake bread?", "Tokayv reelection", "EEU trade 2022"}
	want := make([][]Answer, len(qs))
	for i, q := range qs {
		want[i], _ = ix.Search(q, Options{K: 3})
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 20 {
				i := (g + r) % len(qs)
				got, err := ix.Search(qs[i], Options{K: 3})
				if err != nil || len(got) != len(want[i]) {
					t.Errorf("%q: %d answers, want %d (%v)", qs[i], len(got), len(want[i]), err)
					return
				}
				for j := range got {
					if got[j].Quote != want[i][j].Quote {
						t.Errorf("%q: answer %d differs under concurrency", qs[i], j)
					}
				}
				ix.Suggest(qs[i][:3], 5)
			}
		}()
	}
	wg.Wait()
}
