package answers

import (
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot/answers/analysis"
	"github.com/citebot/citebot/corpus"
)

// TestRoleReferents reads articles sentence by sentence and checks which
// names each sentence is given for the roles it names alone.
func TestRoleReferents(t *testing.T) {
	for _, tc := range []struct {
		name      string
		sentences []string
		want      []string // per sentence: the names added, space-separated
	}{
		{"a capital named, then by its role",
			[]string{"At the meeting in Kazakhstan’s icy, windswept capital Astana, Blinken announced new funding.", "During his day in the pre-planned capital, earlier known as Nur-Sultan, he met Tokayev."},
			[]string{"", "astana"}},
		{"a title before a full name",
			[]string{"US Secretary of State Antony Blinken flew in.", "The secretary said little."},
			[]string{"", "blinken"}},
		{"the last name a role stood before",
			[]string{"President Joe Biden wrote.", "President Kassym-Jomart Tokayev replied.", "The president thanked him."},
			[]string{"", "", "tokayev"}},
		{"punctuation ends the name",
			[]string{"He landed in the capital Astana, Blinken said.", "The capital was cold."},
			[]string{"", "astana"}},
		{"another's role",
			[]string{"President Tokayev spoke.", "Then the president of Kyrgyzstan spoke.", "The Kyrgyz president agreed."},
			[]string{"", "", ""}},
		{"a role named on the spot",
			[]string{"President Tokayev spoke.", "The president Japarov agreed."},
			[]string{"", ""}},
		{"the sentence names it already",
			[]string{"President Tokayev spoke.", "The president, Tokayev, agreed."},
			[]string{"", ""}},
		{"a role never named before",
			[]string{"The capital was cold."},
			[]string{""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := analysis.New()
			roles := roleReferents{}
			for i, s := range tc.sentences {
				toks := an.Analyze(nil, s)
				n := len(toks)
				toks = roles.appendReferents(toks)
				var got []string
				for _, r := range toks[n:] {
					got = append(got, r.Surface)
				}
				roles.learn(s, toks[:n])
				if g := strings.Join(got, " "); g != tc.want[i] {
					t.Errorf("sentence %d %q: got %q, want %q", i, s, g, tc.want[i])
				}
			}
		})
	}
}

// TestRoleReferentSearch checks that a question naming a place meets the
// sentence that calls it by its role, and that the explanation says so.
func TestRoleReferentSearch(t *testing.T) {
	body := strings.Join([]string{
		"The ministers met in Kazakhstan's windswept capital Astana on Tuesday.",
		"Filler one stands here. Filler two stands here.",
		"During his day in the pre-planned capital, earlier known as Nur-Sultan, Blinken saw a palace.",
		"Filler three stands here. Filler four stands here.",
		"In Tashkent the weather was mild.",
		"Filler five stands here. Filler six stands here.",
		"Two Russian envoys flew to Tashkent.",
		"Filler seven stands here. Filler eight stands here.",
		"Many Russians stayed home.",
	}, "\n\n")
	ix := New(corpus.New([]corpus.Article{{ID: "a", Title: "Report", Outlet: "Geofor", URL: "https://example.com/a", Body: body}}))
	got, err := ix.Search("What palace did Blinken see in Astana?", Options{K: 1, Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || !strings.HasPrefix(got[0].Quote, "During his day") {
		t.Fatalf("got %v, want the sentence on the pre-planned capital", got)
	}
	found := false
	for _, p := range got[0].Explain.Parts {
		found = found || strings.Contains(p.What, `"astana": named by its role`)
	}
	if !found {
		t.Errorf("explanation %v does not say the sentence names Astana by its role", got[0].Explain.Parts)
	}
	// "Russians" meets "Russian" as written: no role.
	got, err = ix.Search("Which Russians flew to Tashkent?", Options{K: 1, Explain: true})
	if err != nil || len(got) == 0 {
		t.Fatalf("got %v, %v", got, err)
	}
	for _, p := range got[0].Explain.Parts {
		if strings.Contains(p.What, "by its role") {
			t.Errorf("%q: explanation %q, want the word as written", got[0].Quote, p.What)
		}
	}
}

// TestRefersBack checks which sentences open by going on about a thing the
// sentence before told of.
func TestRefersBack(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"The initiatives include English-language education.", true},
		{"The allocated millions will mostly go to NGOs.", true},
		{"The United States strongly supports the reform.", false}, // a name
		{"The", false},
		{"They include English-language education.", false}, // a pronoun lends names only
		{"Thereafter the initiatives began.", false},
		{"", false},
	} {
		if got := refersBack(tc.sentence); got != tc.want {
			t.Errorf("refersBack(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// TestAntecedent checks that a question word met in the sentence before
// one that goes on about it counts more there than in another neighbour
// (Params.Antecedent), and that --explain says so.
func TestAntecedent(t *testing.T) {
	body := "Blinken announced new funding for the region.\n\n" +
		"The initiatives include English-language education and payment systems.\n\n" +
		"Blinken announced new funding for the region.\n\n" +
		"Its initiatives include English-language education and payment systems."
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: body}}))
	const q = "What do the new initiatives include?"
	score := func(ix *Index) map[string]Answer {
		got, err := ix.Search(q, Options{K: 4, Explain: true})
		if err != nil {
			t.Fatal(err)
		}
		out := make(map[string]Answer)
		for _, a := range got {
			out[a.Quote] = a
		}
		return out
	}
	p := ix.p
	p.Antecedent = p.NeighbourWord
	with, without := score(ix), score(ix.WithParams(p))
	the, its := "The initiatives include English-language education and payment systems.", "Its initiatives include English-language education and payment systems."
	if with[the].Score <= without[the].Score {
		t.Errorf("%q: %.3f with Antecedent, %.3f without", the, with[the].Score, without[the].Score)
	}
	if with[its].Score != without[its].Score {
		t.Errorf("%q: %.3f with Antecedent, %.3f without; a pronoun lends only names", its, with[its].Score, without[its].Score)
	}
	if with[the].Score <= with[its].Score {
		t.Errorf("%q scores %.3f, not above %q's %.3f", the, with[the].Score, its, with[its].Score)
	}
	if !slices.ContainsFunc(with[the].Explain.Parts, func(e ExplainPart) bool { return strings.Contains(e.What, "the sentence before") }) {
		t.Errorf("explain of %q: %+v", the, with[the].Explain.Parts)
	}
}
