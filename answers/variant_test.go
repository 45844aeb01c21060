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

// TestNameVariants checks that a question spelled one way reaches the
// corpus's other spellings of the same name, found from the corpus itself.
func TestNameVariants(t *testing.T) {
	c, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ix := New(c)
	tests := []struct {
		question string
		want     []string // surfaces that must be among the alternatives
		not      []string // … and that must not
	}{
		{"Tleuberdi", []string{"tileuberdi", "tileberdi", "tireuberdi", "tilverdi"}, nil},
		{"Tilverdi", []string{"tileberdi", "tleuberdi"}, nil},
		{"What did Merziev say in Uzbekistan?", []string{"mirziyoyev"}, nil},
		{"Brinken", []string{"blinken"}, []string{"brinken"}},
		{"EEU", []string{"eaeu", "long form"}, nil},
		{"Tokayv", []string{"tokayev"}, nil},
		{"Kazakhstan", nil, []string{"kazakh"}},
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
			if slices.ContainsFunc(hows, func(h string) bool { return strings.Contains(h, `"`+w+`"`) && !strings.HasPrefix(h, "exact") }) {
				t.Errorf("%q: alternatives %q hold %q", tt.question, all, w)
			}
		}
	}
}
