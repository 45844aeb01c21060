package analysis

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func terms(text string) string {
	var out []string
	for _, t := range New().Analyze(nil, text) {
		s := t.Term
		if t.Is(Stop) {
			s = "-" + s
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestAnalyze(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Blinken met Tokayev in Astana.", "blinken meet tokayev -in astana"},
		{"the U.S. Department of State", "-the us depart -of state"},
		{"US support; us", "us support -us"},
		{"a meeting in the \"C5+1\" format", "-a meet -in -the c5+1 format"},
		{"a record $ 80.6 billion", "-a record dollar 80.6 billion"},
		{"$25 million in new funding", "dollar 25 million -in new fund"},
		{"7,644 kilometers (4,750 miles)", "7644 kilomet 4750 mile"},
		{"Kazakhstan’s icy, windswept capital", "kazakhstan -s ici windswept capit"},
		{"Kassym-Jomart Tokayev", "kassym jomart kassymjomart tokayev"},
		{"re-elected with 81%", "-re elect reelect -with 81 percent"},
		{"sanctions, sanctons and Sanctioned", "sanction sancton -and sanction"},
		{"“We don’t see or feel any risks”", "-we -do -t see -or feel -any risk"},
		{"They needn't fear; it won't, didn’t", "-they need -t fear -it -will -t -did -t"},
		{"Canton won the cup", "canton win -the cup"},
		{"Tokaïev — Tokáyev", "tokaiev tokayev"},
		{"81% of the votes", "81 percent -of -the vote"},
		{"81 percent of the votes", "81 percent -of -the vote"},
		{"attack another country, either way", "attack -another countri -either way"},
		// A figure's short magnitude after a currency, and an ordinal's ending.
		{"$25m, $6bn, $1.5 bln and €3 mln", "dollar 25 million dollar 6 billion dollar 1.5 billion -and euro 3 million"},
		{"25m away, 5 b", "25m away 5 b"},
		{"February 28th, the 50th", "februari 28 -the 50"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := terms(tt.in); got != tt.want {
			t.Errorf("terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFlags(t *testing.T) {
	toks := New().Analyze(nil, "The CSTO sent $5 to U.S. allies")
	want := []Flags{Capitalized | Stop | Initial, Capitalized | AllCaps, 0, Currency, Number | Currency, Stop, Capitalized | AllCaps, 0}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens %+v, want %d", len(toks), toks, len(want))
	}
	for i, tok := range toks {
		if tok.Flags != want[i] {
			t.Errorf("token %d %q: flags %b, want %b", i, tok.Surface, tok.Flags, want[i])
		}
	}
}

func TestOffsets(t *testing.T) {
	text := "Mr. Blinken’s U.S. visit cost $ 80.6 billion."
	for _, tok := range New().Analyze(nil, text) {
		span := text[tok.Start:tok.End]
		if tok.Surface == "us" && span != "U.S." {
			t.Errorf("acronym span %q", span)
		}
		if tok.Surface == "blinken" && span != "Blinken" {
			t.Errorf("word span %q", span)
		}
		if tok.Surface == "80.6" && span != "80.6" {
			t.Errorf("number span %q", span)
		}
	}
	text = "It cost $25M."
	var spans []string
	for _, tok := range New().Analyze(nil, text) {
		spans = append(spans, text[tok.Start:tok.End])
	}
	if got := strings.Join(spans, "|"); got != "It|cost|$|25|M" {
		t.Errorf("spans %q, want the figure and its magnitude apart", got)
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"U.S. and U.N.", "$ 80.6 billion, 7,644", "C5+1", "$25m", "$1.5bn", "$3 mln", "28th", "1st2nd", "Tokaïev’s “C5”", "A.B", "1.", "+1+", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := New().Analyze(nil, text)
		prev := 0
		for _, tok := range toks {
			if tok.Is(Compound) {
				continue
			}
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", tok.Start, tok.End, prev, text)
			}
			if utf8.ValidString(text) && !utf8.RuneStart(text[tok.Start]) || (utf8.ValidString(text) && tok.End < len(text) && !utf8.RuneStart(text[tok.End])) {
				t.Fatalf("span [%d,%d) splits a rune in %q", tok.Start, tok.End, text)
			}
			if tok.Term == "" && tok.Flags&Currency == 0 {
				t.Fatalf("empty term for %q in %q", text[tok.Start:tok.End], text)
			}
			prev = tok.End
		}
		// Analysis is a function of the text: a second analyzer, with its
		// cache warm or cold, agrees.
		again := New().Analyze(nil, text)
		if len(again) != len(toks) {
			t.Fatalf("nondeterministic token count")
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	text := "Kazakh Foreign Minister Mukhtar Tileuberdi told Blinken that his government would work to prevent sanctions evasion but said it was also not seeking to oppose Russia, which he described as an ally."
	a := New()
	var toks []Token
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		toks = a.Analyze(toks[:0], text)
	}
}

func TestNewLimited(t *testing.T) {
	a := NewLimited(2)
	toks := a.Analyze(nil, "alpha beta gamma alpha")
	if len(a.words) != 2 {
		t.Errorf("cached %d words, want 2", len(a.words))
	}
	if toks[2].Word != -1 || toks[2].Term != "gamma" {
		t.Errorf("uncached word %+v: want Word -1 and its term", toks[2])
	}
	if toks[3].Word != toks[0].Word {
		t.Errorf("cached word numbered %d then %d", toks[0].Word, toks[3].Word)
	}
}
