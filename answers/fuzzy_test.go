package answers

import (
	"strings"
	"testing"

	"github.com/citebot/citebot/answers/analysis"
	"github.com/citebot/citebot/corpus"
)

// TestNear checks that the trigram filter of fuzzy look-ups lets through
// every corpus word within the edit distance asked for: swaps of two letters
// and substitutions of multi-byte letters included, in words of any length.
func TestNear(t *testing.T) {
	tests := []struct {
		name, corpusWord, word string
		maxDist, want          int
	}{
		{"deletion", "tokayev", "tokaev", 1, 1},
		{"substitution", "tokayev", "tokaiev", 1, 1},
		{"swap in the middle", "tokayev", "tokyaev", 1, 1},
		{"swap near the end", "tokayev", "tokaeyv", 1, 1},
		{"swap, two edits allowed", "tileuberdi", "tileubredi", 2, 1},
		{"two swaps", "tileuberdi", "tlieubredi", 2, 2},
		{"cyrillic substitution", "токаев", "токаэв", 1, 1},
		{"cyrillic swap", "мирзиёев", "мизриёев", 1, 1},
		{"too far", "tokayev", "takoyev", 1, -1},
		{"over 255 runes", strings.Repeat("ab", 150) + "xyz", strings.Repeat("ab", 150) + "xyy", 2, 1},
		{"over 255 runes, letter lost", strings.Repeat("ab", 150) + "xyz", strings.Repeat("ab", 150) + "xy", 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := New(corpus.New([]corpus.Article{{ID: "a", Title: "Report", Outlet: "Geofor", URL: "https://example.com/a", Body: "Met " + tt.corpusWord + " today."}}))
			sid, ok := ix.surfaceIDs[tt.corpusWord]
			if !ok {
				t.Fatalf("%q is not a surface of the corpus", tt.corpusWord)
			}
			got := -1
			for _, m := range ix.near(tt.word, tt.maxDist, true, ix.scratch()) {
				if m.surface == sid {
					got = m.dist
				}
			}
			if got != tt.want {
				t.Errorf("near(%.20q, %d) finds %.20q at distance %d, want %d", tt.word, tt.maxDist, tt.corpusWord, got, tt.want)
			}
		})
	}
}

// TestNearInflected checks that a misspelt word meets a corpus word that
// only stands inflected ("annouce" → "announced"), and that an inflection is
// tried only when the word itself meets nothing.
func TestNearInflected(t *testing.T) {
	tests := []struct {
		body, word string
		want       []string
	}{
		{"Blinken announced new funding.", "annouce", []string{"announced"}},
		{"Officials sanctioned firms.", "santion", []string{"sanctioned"}},
		{"The visit ended. Several visits ended.", "visti", []string{"visit"}},
		{"The initiatives include training.", "inculded", []string{"include"}},
		{"Exports are growing.", "grwoth", nil}, // no ending to take off
		{"Kazakhstan is sanctioning banks.", "sanctons", []string{"sanctioning"}},
		{"Nothing here.", "annouce", nil},
	}
	for _, tt := range tests {
		ix := New(corpus.New([]corpus.Article{{ID: "a", Title: "Report", Outlet: "Geofor", URL: "https://example.com/a", Body: tt.body}}))
		var got []string
		for _, m := range ix.nearInflected(tt.word, typoDistance(len(tt.word)), ix.scratch()) {
			got = append(got, ix.surfaceTxt[m.surface])
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("nearInflected(%q) in %q = %q, want %q", tt.word, tt.body, got, tt.want)
		}
	}
}

// TestDroppedLetters checks that a misspelling of six letters or more
// that lost two letters of a corpus word meets it (Params.Dropped), and
// that another misspelling two edits away, under nine letters, does not.
func TestDroppedLetters(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{{ID: "a", Title: "Report", Outlet: "Geofor", URL: "https://example.com/a",
		Body: "Blinken flew to Uzbekistan. The reelection was held in November."}}))
	for _, tc := range []struct {
		question, want string // want: a surface met fuzzily, "" for none
	}{
		{"Who flew to Uzbkstan?", "uzbekistan"},  // two letters dropped
		{"Who flew to Uzbekstan?", "uzbekistan"}, // one
		{"When was the rlection?", "reelection"}, // the first letter kept
		{"When was the relecton?", "reelection"},
		{"Who flew to Uzbekistna?", "uzbekistan"}, // a swap, one edit
		{"Who flew to Ubekstan?", "uzbekistan"},
		{"Was it held in Nvembr?", "november"},
		{"Was it held in Nivembr?", ""}, // a letter changed and one lost
	} {
		sc := ix.scratch()
		qry := ix.analyze(tc.question, sc)
		ix.pool.Put(sc)
		got := ""
		for _, qt := range qry.terms {
			for _, a := range qt.alts {
				if strings.HasPrefix(a.how, "fuzzy") {
					got = ix.termText[a.term]
				}
			}
		}
		want := ""
		if tc.want != "" {
			want = analysis.TermOf(tc.want)
		}
		if got != want {
			t.Errorf("%q: fuzzy match %q, want %q", tc.question, got, want)
		}
	}
	for typed, want := range map[string]bool{"uzbkstan": true, "uzbekistan": false, "zbekistan": false, "uzbkestan": false} {
		if got := dropsLetters(typed, "uzbekistan"); got != want {
			t.Errorf("dropsLetters(%q, uzbekistan) = %v, want %v", typed, got, want)
		}
	}
}

// TestEnglishCorrection checks that a misspelt English word the corpus holds
// only in another form or in other words is read as its correction: by the
// correction's stem ("anonymus" → "anonymous" meets "anonymity"), by its
// thesaurus relations, and that it is not corrected when a corpus word
// stands near, when it is a name, or when it is too short to tell.
func TestEnglishCorrection(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{{ID: "a", Title: "Report", Outlet: "Geofor", URL: "https://example.com/a",
		Body: "A diplomat spoke on condition of anonymity. Officials praised the cheap loans. Tokayev met Blinken."}}))
	p := DefaultParams()
	p.Respell = false // which reads "anonymus" as "anonymous" before this does (see TestRespell)
	ix = ix.WithParams(p)
	for _, tc := range []struct {
		question, want string // want: the corpus surface the misspelt word meets, "" for none
		how            string // how the reading is explained, its beginning
	}{
		{"Was the diplomat anonymus?", "anonymity", `misspelt "anonymous": exact`},
		{"Which loans were inexpnsive?", "cheap", `misspelt "inexpensive": synonym`},
		{"Did Tokayev meet Blinkn?", "blinken", "fuzzy"}, // the corpus's word comes first
		{"Did Tokayev meet Anonymus?", "", ""},           // a name is not corrected to English
		{"Were loans hurd?", "", ""},                     // four letters: too short
	} {
		sc := ix.scratch()
		qry := ix.analyze(tc.question, sc)
		ix.pool.Put(sc)
		got, how := "", ""
		for _, qt := range qry.terms {
			for _, a := range qt.alts {
				if a.how != "exact" && a.phrase == nil {
					got, how = ix.termText[a.term], a.how
				}
			}
		}
		want := ""
		if tc.want != "" {
			want = analysis.TermOf(tc.want)
		}
		if got != want || !strings.HasPrefix(how, tc.how) {
			t.Errorf("%q: met %q (%s), want %q (%s…)", tc.question, got, how, want, tc.how)
		}
	}
	for word, want := range map[string]string{"anonymus": "anonymous", "recieve": "receive", "xqzvwk": "", "sanctoins": "sanctions", "hurd": ""} {
		if got := ix.englishCorrection(word); got != want {
			t.Errorf("englishCorrection(%q) = %q, want %q", word, got, want)
		}
	}
}
