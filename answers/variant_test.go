package answers

import (
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot/corpus"
)

func TestSkeleton(t *testing.T) {
	tests := []struct{ in, want string }{
		{"mirziyoyev", "mrzv"},
		{"merziev", "mrzv"},
		{"tleuberdi", "tlbrd"},
		{"tileuberdi", "tlbrd"},
		{"tokayev", "tkv"},
		{"astana", "astn"},
		{"jalал", ""},
	}
	for _, tt := range tests {
		if got := skeleton(tt.in); got != tt.want {
			t.Errorf("skeleton(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTranslitFold checks that transliterations of one name fold to the
// same letters, and different names do not.
func TestTranslitFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"qasym", "kasim"},
		{"kassym", "kasim"},
		{"kassim", "kasim"},
		{"zhomart", "jomart"},
		{"jomart", "jomart"},
		{"toqayev", "tokaiev"},
		{"tokayev", "tokaiev"},
		{"zhaparov", "japarov"},
		{"dzhaparov", "japarov"},
		{"khodjaev", "hojaev"},
		{"blinken", "blinken"},
		{"tokaev", "tokaev"}, // a letter lost is fuzzy matching's business
		{"mukh", ""},         // too short to tell
		{"astanа", ""},       // a Cyrillic letter
	}
	for _, tt := range tests {
		if got := translitFold(tt.in); got != tt.want {
			t.Errorf("translitFold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNameVariants checks that a question spelled one way reaches the
// corpus's other spellings of the same name, found from the corpus itself.
func TestNameVariants(t *testing.T) {
	ix := embeddedIndex(t)
	tests := []struct {
		question string
		want     []string // surfaces that must be among the alternatives
		not      []string // … and that must not, as spellings of it
	}{
		{"Tleuberdi", []string{"tileuberdi", "tileberdi", "tireuberdi", "tilverdi"}, nil},
		{"Tilverdi", []string{"tileberdi", "tleuberdi"}, nil},
		{"Tireuberdi", []string{"tleuberdi", "tileuberdi"}, nil}, // the corpus writes it only first in a sentence
		{"What did Merziev say in Uzbekistan?", []string{"mirziyoyev"}, nil},
		{"Brinken", []string{"blinken"}, []string{"brinken"}},
		{"EEU", []string{"eaeu", "long form"}, nil},
		{"Tokayv", []string{"tokayev"}, nil},
		{"Who did Blinen meet?", []string{`fuzzy "blinken", variant "brinken"`}, nil},                 // misspelt, then spelt another way
		{"Any breakthroughs with Mirziyoev?", []string{`fuzzy "mirziyoyev", variant "merziev"`}, nil}, // misspelt, then transliterated another way
		{"Tlueberdi", []string{`variant "tileuberdi"`, `variant "tilverdi"`}, nil},
		{"Kazakhstan", []string{`related name "kazakh"`}, []string{"kazakh"}},
		{"Kazah capital", []string{`fuzzy "kazakh", related name "kazakhstan"`}, nil},                                                 // misspelt, then the country
		{"What did Chinese officials say?", []string{`name of the same stem "china"`}, nil},                                           // a people the corpus never names, its country
		{"Why did UK exports jump?", []string{`name of the same stem "british"`}, nil},                                                // WordNet's "Britain", then its people
		{"In what century was it made?", nil, []string{"central"}},                                                                    // no name: not "Central Asia"
		{"qasym-zhomart toqayev", []string{`transliteration "kassym"`, `transliteration "jomart"`, `transliteration "tokayev"`}, nil}, // Kazakh Latin
		{"What did Toqaev say?", []string{`transliteration "tokayev", one letter off`}, nil},                                          // "tokaev", "tokaiev"
		{"Who met Blinken in Qazaqstan?", []string{`transliteration "kazakhstan", one letter off`}, nil},
	}
	for _, tt := range tests {
		sc := ix.scratch()
		qry := ix.analyze(tt.question, sc)
		ix.pool.Put(sc)
		var hows []string
		for _, qt := range qry.terms {
			for _, a := range qt.alts {
				hows = append(hows, a.how)
			}
		}
		all := strings.Join(hows, " | ")
		for _, w := range tt.want {
			if !strings.Contains(all, w) {
				t.Errorf("%q: alternatives %q lack %q", tt.question, all, w)
			}
		}
		for _, w := range tt.not {
			if slices.ContainsFunc(hows, func(h string) bool {
				return strings.Contains(h, `"`+w+`"`) && !strings.HasPrefix(h, "exact") && !strings.HasPrefix(h, "related")
			}) {
				t.Errorf("%q: alternatives %q hold %q", tt.question, all, w)
			}
		}
	}
}

// TestRelatedNames checks that a name reaches the corpus's names that
// begin with it, a few letters longer, and the names it begins with: the
// people and their country.
func TestRelatedNames(t *testing.T) {
	body := strings.Join([]string{
		"The Kazakh minister spoke.",
		"Trade with Kazakhstan grew.",
		"Flights to Kazan resumed.",
		"Leaders of Asia met.",
		"The Asian leaders met.",
		"Rain fell on the Kazakhstanis.",
		"The Kazakhstanian diaspora votes.",
		"The kazakhs had no capital.", // lower case: not a name
	}, "\n\n")
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: body}}))
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"kazakh", []string{"kazakhstan"}}, // "kazakhstanis" is 6 letters longer
		{"kazakhstan", []string{"kazakh", "kazakhstanis", "kazakhstanian"}},
		{"asia", []string{"asian"}},
		{"asian", []string{"asia"}},
		{"kazan", nil},
		{"kaz", nil}, // too short to stand for a name
	} {
		var got []string
		for _, id := range ix.relatedNames(tc.name) {
			got = append(got, ix.surfaceTxt[id])
		}
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("relatedNames(%q) = %q, want %q", tc.name, got, want)
		}
	}
}

// TestRelatedNameUnwritten checks that a form of a name the corpus never
// writes reaches the one it does ("Tajik" → "Tajikistan"): it is neither
// a name the corpus never mentions nor a word to turn the question away.
func TestRelatedNameUnwritten(t *testing.T) {
	body := strings.Join([]string{
		"Migrants from Tajikistan send their salaries home.",
		"Tourists from Spain visit Samarkand.",
		"The bank raised rates.",
	}, "\n\n")
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: body}}))
	q := "How much do Tajik migrants send home?"
	if got, err := ix.Unmentioned(q); err != nil || len(got) > 0 {
		t.Errorf("Unmentioned(%q) = %q, %v; want none", q, got, err)
	}
	got, err := ix.Search("What do Tajik migrants send home?", Options{K: 1})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Migrants from Tajikistan send their salaries home."; len(got) == 0 || got[0].Quote != want {
		t.Errorf("got %v, want %q", got, want)
	}
}

// TestMisspeltNameWeight checks that a misspelt name weighs no more than
// the name it is corrected to, however rare the other spelling it then
// meets: "Blinen" is "Blinken", and "Brinken", which the corpus writes
// seldom, is no rarer a thing. Weighed as "Brinken", "Who did Blinen meet
// in Tashkent?" put Brinken's flight from Tashkent first.
func TestMisspeltNameWeight(t *testing.T) {
	ix := embeddedIndex(t)
	weights := func(q string) (mass float64, idfs []float64) {
		sc := ix.scratch()
		defer ix.pool.Put(sc)
		qry := ix.analyze(q, sc)
		qt := qry.terms[0]
		for _, a := range qt.alts {
			idfs = append(idfs, a.idf)
		}
		return qt.mass, idfs
	}
	want, _ := weights("Blinken")
	mass, idfs := weights("Blinen")
	if len(idfs) < 2 {
		t.Fatalf("Blinen: alternatives %v, want Blinken and Brinken", idfs)
	}
	if mass > want+1e-9 {
		t.Errorf("Blinen weighs %.3f, Blinken %.3f", mass, want)
	}
	for _, idf := range idfs {
		if idf > want+1e-9 {
			t.Errorf("Blinen: an alternative weighs %.3f, Blinken %.3f", idf, want)
		}
	}
}
