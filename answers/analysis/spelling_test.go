package analysis

import "testing"

func TestAmerican(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"organisation", "organization"},
		{"organisations", "organizations"},
		{"organised", "organized"},
		{"realising", "realizing"},
		{"colours", "colors"},
		{"favourite", "favorite"},
		{"neighbouring", "neighboring"},
		{"programmes", "programs"},
		{"programme", "program"},
		{"centre", "center"},
		{"metre", "meter"},
		{"litres", "liters"},
		{"theatres", "theaters"},
		{"analysed", "analyzed"},
		// Left alone: too short, or the letters before the suffix are
		// too few to be a word of their own.
		{"rise", "rise"},
		{"wise", "wise"},
		{"arise", "arise"},
		{"raised", "raised"},
		{"hours", "hours"},
		{"flour", "flour"},
		{"your", "your"},
		{"acre", "acre"},
		{"odour", "odour"},
		{"tre", "tre"},
		{"genre", "genre"},
		{"organization", "organization"},
		{"programmed", "programmed"},
	} {
		if got := American(tc.in); got != tc.want {
			t.Errorf("American(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTermOfSpellings checks that British and American spellings of a word
// are one term.
func TestTermOfSpellings(t *testing.T) {
	for _, pair := range [][2]string{
		{"organisation", "organization"},
		{"programmes", "programs"},
		{"colour", "color"},
		{"defended", "defend"},
	} {
		if a, b := TermOf(pair[0]), TermOf(pair[1]); a != b {
			t.Errorf("TermOf(%q) = %q, TermOf(%q) = %q: want one term", pair[0], a, pair[1], b)
		}
	}
}
