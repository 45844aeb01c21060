package answers

import (
	"slices"
	"testing"

	"github.com/citebot/citebot/corpus"
)

// TestPhrases checks the capitalised runs that suggestions offer: a run
// longer than a phrase goes on as the next phrase, no word lost.
func TestPhrases(t *testing.T) {
	tests := []struct {
		body string
		want []string
	}{
		{"Then Antony Blinken met Kassym-Jomart Tokayev.", []string{"Antony Blinken", "Kassym-Jomart Tokayev"}},
		{"Then Alpha Bravo Charlie Delta Echo Foxtrot Golf came.", []string{"Alpha Bravo Charlie Delta Echo", "Foxtrot Golf"}},
	}
	for _, tt := range tests {
		ix := New(corpus.New([]corpus.Article{{ID: "a", Title: "Report", Outlet: "Geofor", URL: "https://example.com/a", Body: tt.body}}))
		for _, p := range tt.want {
			if !slices.Contains(ix.suggest.phrases, p) {
				t.Errorf("%q: no phrase %q in %q", tt.body, p, ix.suggest.phrases)
			}
		}
	}
}
