package answers

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot/corpus"
)

// ruleCorpus is a small corpus for the abstention rules and the
// closeness-of-meaning feature: each case below holds a sentence that
// shares words with the question without answering it.
func ruleCorpus() *corpus.Corpus {
	paras := []string{
		"Tokayev met Blinken in Astana. The capital of Kazakhstan is large.",
		"Reporters waited outside. The hall was full. Nobody spoke.",
		"The population of the region grows fast.",
		"Filler one stands here. Filler two stands here.",
		"The pipeline carries oil to the West.",
		"Filler three stands here. Filler four stands here.",
		"Last year Kazakhstan exported 20 million tonnes of grain.",
		"Biden sent three messages to Tokayev.",
		"Blinken announced the budget on Monday.",
		"Blinken announced the long planned trip on Monday.",
		"Growth was slow. Growth was fast. Growth stalled again.",
		"Filler seven stands here. Filler eight stands here.",
		"In the north Mongolia shares a long border with Russia.",
		"Filler five stands here. Filler six stands here.",
		"In spring Uzbekistan grows cotton.",
		"Filler nine stands here. Filler ten stands here.",
		"In 2019 the 66-year-old Kassym became president.",
		"Filler fifteen stands here. Filler sixteen stands here.",
		"The president of Kyrgyzstan praised Tajikistan.",
		"Filler thirteen stands here. Filler fourteen stands here.",
		"In Bishkek the Kyrgyz capital welcomed an envoy of Tajikistan.",
		"Filler twenty stands here. Filler twenty-one stands here.",
		"The parade drew crowds in the spring.",
		"Filler seventeen stands here. Filler eighteen stands here.",
		"Delegates met at the Tajikistan summit in Dushanbe.",
		"Filler twenty-two stands here. Filler twenty-three stands here.",
		"Blinken flew to Delhi to attend the summit.",
		"Filler twenty-four stands here. Filler twenty-five stands here.",
		"Tokayev told reporters in Almaty that grain exports will grow.",
		"Filler twenty-six stands here. Filler twenty-seven stands here.",
		"The envoys opened their session after the vote.",
		"Filler twenty-eight stands here. Filler twenty-nine stands here.",
		"Three Russian envoys arrived in Astana.",
		"Filler thirty stands here. Filler thirty-one stands here.",
		"Kazakhstan welcomed tens of thousands of migrants.",
		"Filler thirty-two stands here. Filler thirty-three stands here.",
		"Blinken discussed little with the press.",
		"Filler thirty-four stands here. Filler thirty-five stands here.",
		"Kurbayev met the Secretary of State at the forum.",
		"Filler thirty-six stands here. Filler thirty-seven stands here.",
		"All five republics abstained from the resolution.",
		"Filler thirty-eight stands here. Filler thirty-nine stands here.",
		"One of the republics backed the treaty.",
		"Filler forty stands here. Filler forty-one stands here.",
		"Four thousand emigrated to Canada.",
		"Filler forty-two stands here. Filler forty-three stands here.",
		"On the one hand, Blinken follows the old plan.",
		"Filler forty-four stands here. Filler forty-five stands here.",
		"Blinken told the ministers of Turkmenistan that sanctions stay.",
		"Filler forty-six stands here. Filler forty-seven stands here.",
		"At the forum, Blinken said the talks went well.",
		"Filler forty-eight stands here. Filler forty-nine stands here.",
		"Tajik envoy Muhriddin arrived for the grain harvest.",
		"Filler fifty stands here. Filler fifty-one stands here.",
		"Tajik envoy Rahmon said the grain harvest went well.",
		"Filler fifty-two stands here. Filler fifty-three stands here.",
		"In Mongolia, 90 percent of the Russian envoys are diplomats.",
		"Filler fifty-four stands here. Filler fifty-five stands here.",
		"Meeting the envoys of Nepal, Bhutan and Laos, Blinken said the rice harvest matters.",
	}
	// Filler paragraphs keep each fact out of its neighbours' context,
	// and six more filler sentences after each fact keep its names
	// beyond Params.NameReach of the next fact.
	var body []string
	for _, p := range paras {
		body = append(body, p)
		if !strings.HasPrefix(p, "Filler") {
			body = append(body, strings.Repeat("Padding stands here. ", 6))
		}
	}
	return corpus.New([]corpus.Article{{ID: "a", Title: "Report", Outlet: "Geofor", URL: "https://example.com/a", Body: strings.Join(body, "\n\n")}})
}

// TestAbstentionRules checks each rule on a question it must turn away,
// and that the question is answered with the rule off: a rule that never
// fires would pass the first half alone.
func TestAbstentionRules(t *testing.T) {
	base := New(ruleCorpus())
	for _, tc := range []struct {
		name     string
		question string
		off      func(*Params)
		withRule string // the answer with the rule on, "" for none
		without  string // the answer with the rule off
	}{
		{"name missed", "What is the population of Kazakhstan?", func(p *Params) { p.NeedName = false },
			"", "The population of the region grows fast."},
		{"name met", "Whom did Tokayev meet?", func(p *Params) { p.NeedName = false },
			"Tokayev met Blinken in Astana.", "Tokayev met Blinken in Astana."},
		{"a forename the corpus never writes", "What did Dmitri Blinken announce on Monday?", func(p *Params) { p.Forenames = false },
			"Blinken announced the budget on Monday.", ""},
		{"name the corpus never mentions", "Which messages did Xi Jinping send to Tokayev?", func(p *Params) { p.NeedName = false },
			"", "Biden sent three messages to Tokayev."},
		{"misspelt name", "Which messages did Bidden send to Tokayev?", func(p *Params) { p.NeedName = false },
			"Biden sent three messages to Tokayev.", "Biden sent three messages to Tokayev."},
		{"owner missed", "What is Uzbekistan's border with Russia?", func(p *Params) { p.NeedOwner = false },
			"", "In the north Mongolia shares a long border with Russia."},
		{"owner met", "What is Mongolia's border with Russia?", func(p *Params) { p.NeedOwner = false },
			"In the north Mongolia shares a long border with Russia.", "In the north Mongolia shares a long border with Russia."},
		{"no number", "How much oil does the pipeline carry?", func(p *Params) { p.NeedNumber = false },
			"", "The pipeline carries oil to the West."},
		{"nothing counted", "How many ships did Kazakhstan export last year?", func(p *Params) { p.NeedCount = false },
			"", "Last year Kazakhstan exported 20 million tonnes of grain."},
		{"what is asked counted", "How many tonnes did Kazakhstan export last year?", func(p *Params) { p.NeedCount = false },
			"Last year Kazakhstan exported 20 million tonnes of grain.", "Last year Kazakhstan exported 20 million tonnes of grain."},
		{"no age", "How old is Tokayev?", func(p *Params) { p.NeedAge = false },
			"", "Biden sent three messages to Tokayev."},
		{"age told", "How old is Kassym?", func(p *Params) { p.NeedAge = false },
			"In 2019 the 66-year-old Kassym became president.", "In 2019 the 66-year-old Kassym became president."},
		{"counted by a name's adjective only", "How many Russian soldiers are in Astana?", func(p *Params) { p.NeedCount = false },
			"", "Three Russian envoys arrived in Astana."},
		{"a name's adjective typed without capitals", "how many russian soldiers are in astana", func(p *Params) { p.Caseless = false },
			"", "Three Russian envoys arrived in Astana."},
		{"counted noun after a name's adjective", "How many Russian envoys are in Astana?", func(p *Params) { p.NeedCount = false },
			"Three Russian envoys arrived in Astana.", "Three Russian envoys arrived in Astana."},
		{"a round figure for an exact count", "Exactly how many migrants did Kazakhstan welcome?", func(p *Params) { p.NeedCount = false },
			"", "Kazakhstan welcomed tens of thousands of migrants."},
		{"a round figure for a count", "How many migrants did Kazakhstan welcome?", func(p *Params) { p.NeedCount = false },
			"Kazakhstan welcomed tens of thousands of migrants.", "Kazakhstan welcomed tens of thousands of migrants."},
		{"number written as a word", "How many messages did Biden send?", func(p *Params) { p.NeedNumber = false },
			"Biden sent three messages to Tokayev.", "Biden sent three messages to Tokayev."},
		{"attribute not named", "What is the growth of Kazakhstan?", func(p *Params) { p.NeedFocus = false },
			"", "The capital of Kazakhstan is large."},
		{"attribute named", "What is the capital of Kazakhstan?", func(p *Params) { p.NeedFocus = false },
			"The capital of Kazakhstan is large.", "The capital of Kazakhstan is large."},
		{"another's attribute", "Who is the president of Tajikistan?", func(p *Params) { p.NeedFocusOwner = false },
			"", "The president of Kyrgyzstan praised Tajikistan."},
		{"its own attribute", "Who is the president of Kyrgyzstan?", func(p *Params) { p.NeedFocusOwner = false },
			"The president of Kyrgyzstan praised Tajikistan.", "The president of Kyrgyzstan praised Tajikistan."},
		{"an event for when", "When did the envoys open their session?", func(p *Params) { p.NeedDate = false },
			"The envoys opened their session after the vote.", "The envoys opened their session after the vote."},
		{"no calendar date", "On what date did the envoys open their session?", func(p *Params) { p.NeedDate = false },
			"", "The envoys opened their session after the vote."},
		{"nothing said", "What did the delegates discuss in Dushanbe?", func(p *Params) { p.NeedSpeech = false },
			"", "Delegates met at the Tajikistan summit in Dushanbe."},
		{"nothing said, asked without its did", "What Blinken discuss in Delhi?", func(p *Params) { p.NeedSpeech = false },
			"", "Blinken flew to Delhi to attend the summit."},
		{"nothing agreed", "What did the delegates agree on in Dushanbe?", func(p *Params) { p.NeedSpeech = false },
			"", "Delegates met at the Tajikistan summit in Dushanbe."},
		{"a verb of saying only in a name", "What did Kurbayev say at the forum?", func(p *Params) { p.NeedSpeech = false },
			"", "Kurbayev met the Secretary of State at the forum."},
		{"nothing agreed, asked without a speaker", "What was agreed in Dushanbe?", func(p *Params) { p.NeedSpeech = false },
			"", "Delegates met at the Tajikistan summit in Dushanbe."},
		{"said by another", "What did Kurbayev say at the forum?", func(p *Params) { p.SpeechSubject = false },
			"", "Kurbayev met the Secretary of State at the forum."},
		{"a share of another whole", "What percentage of Mongolia's population speaks Russian?", func(p *Params) { p.NeedFocus = false },
			"", "In Mongolia, 90 percent of the Russian envoys are diplomats."},
		{"a share of the whole asked", "What percentage of the Russian envoys in Mongolia are diplomats?", func(p *Params) { p.NeedFocus = false },
			"In Mongolia, 90 percent of the Russian envoys are diplomats.", "In Mongolia, 90 percent of the Russian envoys are diplomats."},
		{"said by another named before the verb", "What did Nepal's envoy say about the rice harvest?", func(p *Params) { p.SpeechSubject = false },
			"", "Meeting the envoys of Nepal, Bhutan and Laos, Blinken said the rice harvest matters."},
		{"said by the one named before the verb", "What did Blinken say about the rice harvest?", func(p *Params) { p.SpeechSubject = false },
			"Meeting the envoys of Nepal, Bhutan and Laos, Blinken said the rice harvest matters.", "Meeting the envoys of Nepal, Bhutan and Laos, Blinken said the rice harvest matters."},
		{"said by another of the same land", "What did Tajik envoy Muhriddin say about the grain harvest?", func(p *Params) { p.SpeechSubject = false },
			"", "Tajik envoy Muhriddin arrived for the grain harvest."},
		{"said by the one named", "What did Tajik envoy Rahmon say about the grain harvest?", func(p *Params) { p.SpeechSubject = false },
			"Tajik envoy Rahmon said the grain harvest went well.", "Tajik envoy Rahmon said the grain harvest went well."},
		{"something said, not there", "What did Blinken discuss in Delhi?", func(p *Params) { p.NeedSpeech = false },
			"", "Blinken flew to Delhi to attend the summit."},
		{"said to another's role", "What did Blinken tell the president of Turkmenistan?", func(p *Params) { p.FocusOf = false },
			"", "Blinken told the ministers of Turkmenistan that sanctions stay."},
		{"said to the role asked", "What did Blinken tell the ministers of Turkmenistan?", func(p *Params) { p.FocusOf = false },
			"Blinken told the ministers of Turkmenistan that sanctions stay.", "Blinken told the ministers of Turkmenistan that sanctions stay."},
		{"a year the corpus never writes", "Who became president in 1995?", func(p *Params) { p.StrangeYear = false },
			"", "In 2019 the 66-year-old Kassym became president."},
		{"a span from a year it writes", "Who became president in 2019 through 2020?", func(p *Params) { p.StrangeYear = false },
			"In 2019 the 66-year-old Kassym became president.", "In 2019 the 66-year-old Kassym became president."},
		{"what was said", "What did Tokayev tell reporters in Almaty?", func(p *Params) { p.NeedSpeech = false },
			"Tokayev told reporters in Almaty that grain exports will grow.", "Tokayev told reporters in Almaty that grain exports will grow."},
		{"counted, but doing something else", "How many republics voted for the resolution?", func(p *Params) { p.CountVerb = false },
			"", "All five republics abstained from the resolution."},
		{"one of them is no count", "How many republics backed the treaty?", func(p *Params) { p.CountVerb = false },
			"", "One of the republics backed the treaty."},
		{"counted by what they did", "How many farmers emigrated to Canada?", func(p *Params) { p.CountVerb = false },
			"Four thousand emigrated to Canada.", "Four thousand emigrated to Canada."},
		{"old, but no age", "How old is Blinken?", func(p *Params) { p.NeedAge = false },
			"", "On the one hand, Blinken follows the old plan."},
		{"another's attribute, possessive", "Who is Tajikistan's president?", func(p *Params) { p.NeedFocusOwner = false },
			"", "The president of Kyrgyzstan praised Tajikistan."},
		{"another's attribute, possessive typed bare", "Who is Tajikistans president?", func(p *Params) { p.BarePossessive = false },
			"", "The president of Kyrgyzstan praised Tajikistan."},
		{"possessive typed bare, without capitals", "who is tajikistans president", func(p *Params) { p.Caseless = false },
			"", "The president of Kyrgyzstan praised Tajikistan."},
		{"another's attribute, its name", "Name of Tajikistan's president?", func(p *Params) { p.NeedFocusOwner = false },
			"", "The president of Kyrgyzstan praised Tajikistan."},
		{"its own attribute, possessive", "Who is Kyrgyzstan's president?", func(p *Params) { p.NeedFocusOwner = false },
			"The president of Kyrgyzstan praised Tajikistan.", "The president of Kyrgyzstan praised Tajikistan."},
		{"possessive attribute need not be named", "What was Kassym's profession?", func(p *Params) { p.NeedFocusOwner = false },
			"In 2019 the 66-year-old Kassym became president.", "In 2019 the 66-year-old Kassym became president."},
		{"another's attribute, by adjective", "What is the capital of Tajikistan?", func(p *Params) { p.NeedFocusOwner = false },
			"", "In Bishkek the Kyrgyz capital welcomed an envoy of Tajikistan."},
		{"a name met a little lower", "Where did the Tajikistan summit draw crowds?", func(p *Params) { p.NameFirst = 0 },
			"Delegates met at the Tajikistan summit in Dushanbe.", ""},
		{"a name met far lower", "Where did the Tajikistan parade draw crowds in the spring?", func(p *Params) { p.NameFirst = 0 },
			"", ""},
		{"no date", "When will the pipeline carry oil to the West?", func(p *Params) { p.NeedDate = false },
			"", "The pipeline carries oil to the West."},
		{"date told", "When did Blinken announce the budget?", func(p *Params) { p.NeedDate = false },
			"Blinken announced the budget on Monday.", "Blinken announced the budget on Monday."},
		{"too little covered", "Tokayev recipe soup kitchen", func(p *Params) { p.MinCover = 0 },
			"", "Tokayev met Blinken in Astana."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			tc.off(&p)
			for _, run := range []struct {
				ix   *Index
				want string
			}{{base, tc.withRule}, {base.WithParams(p), tc.without}} {
				got, err := run.ix.Search(tc.question, Options{K: 1})
				if err != nil {
					t.Fatal(err)
				}
				switch {
				case run.want == "" && len(got) > 0:
					t.Errorf("rule on: got %q, want no answer", got[0].Quote)
				case run.want != "" && len(got) == 0:
					t.Errorf("got no answer, want %q", run.want)
				case run.want != "" && got[0].Quote != run.want:
					t.Errorf("got %q, want %q", got[0].Quote, run.want)
				}
			}
		})
	}
}

// TestCloseInMeaning checks that a sentence holding a word close in
// meaning to a question word it lacks ("trip" for "visit") outranks an
// otherwise better match, and only with Params.Soft.
func TestCloseInMeaning(t *testing.T) {
	ix := New(ruleCorpus())
	const q = "When did Blinken announce the visit?"
	for _, tc := range []struct {
		soft float64
		want string
	}{
		{0, "Blinken announced the budget on Monday."},
		{DefaultParams().Soft, "Blinken announced the long planned trip on Monday."},
	} {
		p := DefaultParams()
		p.Soft = tc.soft
		got, err := ix.WithParams(p).Search(q, Options{K: 1, Explain: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Quote != tc.want {
			t.Errorf("Soft %.2f: got %v, want %q", tc.soft, got, tc.want)
			continue
		}
		explained := false
		for _, part := range got[0].Explain.Parts {
			explained = explained || part.What == "words close in meaning"
		}
		if explained != (tc.soft > 0) {
			t.Errorf("Soft %.2f: explanation mentions closeness %v, want %v", tc.soft, explained, tc.soft > 0)
		}
	}
}

// TestCloseInMeaningBeyondSoftStage checks that a question word the
// corpus lacks ("trip") is met by a word close in meaning ("visit") even
// in a sentence the lexical order puts beyond softStage: the sentences
// that only meet the question's other words come first by that order.
func TestCloseInMeaningBeyondSoftStage(t *testing.T) {
	var paras []string
	for i := range softStage + 8 {
		paras = append(paras, fmt.Sprintf("Blinken said little %d.", i))
	}
	const want = "In a long statement on Monday Blinken said the visit went well."
	paras = append(paras, want)
	ix := New(corpus.New([]corpus.Article{{ID: "a", Title: "Report", Outlet: "Geofor", URL: "https://example.com/a", Body: strings.Join(paras, "\n\n")}}))
	if got := firstQuote(t, ix, "What did Blinken say about the trip?"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestUnmentioned checks which names of a question the corpus is said
// never to mention: capitalised words it holds in no form, not even
// misspelt, neighbours joined.
func TestUnmentioned(t *testing.T) {
	ix := New(ruleCorpus())
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"What did Xi Jinping tell Tokayev?", []string{"Xi Jinping"}},
		{"Did Erdogan meet Tokayev or Modi?", []string{"Erdogan", "Modi"}},
		{"What did Dmitri Blinken tell Tokayev?", nil},        // a forename before a name the corpus writes
		{"What did Bidden send to Tokayev?", nil},             // one letter from "Biden"
		{"what did xi jinping tell tokayev", nil},             // in lower case a word is no name
		{"Jinping met whom?", nil},                            // a question's first word is capitalised anyway
		{"What did the EBRD say about Tokayev?", nil},         // an acronym may be spelt out in the text
		{"What did Tokayev tell Biden? Details please.", nil}, // a sentence's first word is capitalised anyway
		{"What did Erdogan tell Tokayev in 1995?", []string{"Erdogan", "1995"}},
		{"In 1995, did Erdogan meet Tokayev?", []string{"1995", "Erdogan"}}, // in the order written
		{"Who became president in 2019 through 2020?", nil},                 // a span from a year the corpus writes
	} {
		got, err := ix.Unmentioned(tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Unmentioned(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
	if _, err := ix.Unmentioned(" "); err == nil {
		t.Error("an empty question: no error")
	}
}

// TestCoverClose checks that a question word the corpus lacks counts as
// covered by a word close in meaning in the answer ("trip" by "visit"),
// and only with Params.CoverClose: without it the question is turned away
// as asking about what the corpus lacks.
func TestCoverClose(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: "Blinken ended his visit on Wednesday.\n\nReporters waited outside."}}))
	checkWeight(t, ix, "When did Blinken end the trip?", func(p *Params) *float64 { return &p.CoverClose },
		func(p *Params) { p.MinCover = 0.6 }, // high enough that "trip" uncovered is too much
		weightCase{DefaultParams().CoverClose, "Blinken ended his visit on Wednesday."},
		weightCase{0, ""})
}

// TestEventOwner checks that a name in the possessive before an event
// ("Blinken's meetings") need not stand in the answer's own paragraph, as
// an owner must ("Uzbekistan's border"): the article's title may name it.
func TestEventOwner(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{{ID: "a", Title: "Blinken in Astana", Outlet: "Geofor", URL: "https://example.com/a",
		Body: "The meetings with the president were short.\n\nFiller one stands here. Filler two stands here.\n\nThe border of the president is closed.\n\nFiller three stands here. Filler four stands here.\n\nAt dusk Blinken flew home."}}))
	for q, want := range map[string]string{
		"What came of Blinken's meetings with the president?": "The meetings with the president were short.",
		"What about Blinken's border with the president?":     "", // his border, not the president's
	} {
		if got := firstQuote(t, ix, q); got != want {
			t.Errorf("%q: first answer %q, want %q", q, got, want)
		}
	}
}

// TestMisspeltNameMeetsNames checks that a misspelt name counts among the
// question's names an answer must meet: "What did Secretary Brinen say…?"
// is answered by what Blinken said, as "Secretary Brinken" is, though the
// answer does not say "Secretary".
func TestMisspeltNameMeetsNames(t *testing.T) {
	ix := embeddedIndex(t)
	for _, q := range []string{
		"What did Secretary Brinken say he had no information about?",
		"What did Secretary Brinen say he had no information about?",
	} {
		got, err := ix.Search(q, Options{K: 1})
		if err != nil || len(got) == 0 || !strings.Contains(got[0].Quote, "he had no information that Russia planned") {
			t.Errorf("%q: got %v, %v; want what Blinken said", q, got, err)
		}
	}
}

// TestNameReach checks that a question's name counts as met when the
// article names it a few sentences before the answer (Params.NameReach),
// and not beyond that reach.
func TestNameReach(t *testing.T) {
	body := strings.Join([]string{
		"On Monday Tashkent announced new funding.",
		"Tea was served. Talks ran late.",
		"The initiatives include language courses.",
		strings.Repeat("Padding stands here. ", 8),
		"The envoys include three ministers.",
	}, "\n\n")
	ix := New(corpus.New([]corpus.Article{{ID: "a", Title: "Report", Body: body}}))
	for _, tc := range []struct {
		q       string
		reach   int
		want    string
		comment string
	}{
		{"What do the Tashkent initiatives include?", DefaultParams().NameReach, "The initiatives include language courses.", "named three sentences before"},
		{"What do the Tashkent initiatives include?", 0, "", "only the sentence, its neighbours and its paragraph count"},
		{"Whom do the Tashkent envoys include?", DefaultParams().NameReach, "", "named eleven sentences before"},
	} {
		p := DefaultParams()
		p.NameReach = tc.reach
		if got := firstQuote(t, ix.WithParams(p), tc.q); got != tc.want {
			t.Errorf("%q, reach %d (%s): got %q, want %q", tc.q, tc.reach, tc.comment, got, tc.want)
		}
	}
}

// TestOwnerGroup checks that a sentence referring back to "these
// countries" meets the owner a question asks about when the article
// names it a few sentences before (Params.OwnerGroup), and that a
// sentence without such a reference still does not.
func TestOwnerGroup(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{
		{ID: "a", Body: "In Central Asia trade grows fast.\n\nFiller one here. Filler two here.\n\nRussia accounts for 60 percent of trade of these countries."},
		{ID: "b", Body: "In Central Europe tariffs fall.\n\nFiller three here. Filler four here.\n\nGermany accounts for 40 percent of trade of the bloc."},
	}))
	off := ix.p
	off.OwnerGroup = false
	for _, tc := range []struct {
		q        string
		with     string // the answer with the rule on
		without  string // … and off
		comments string
	}{
		{"How much of Central Asia's trade is with Russia?", "Russia accounts for 60 percent of trade of these countries.", "", "these countries, Central Asia named before"},
		{"How much of Central Europe's trade is with Germany?", "", "", "the bloc: no group referred back to"},
	} {
		if got := firstQuote(t, ix, tc.q); got != tc.with {
			t.Errorf("%q (%s): got %q, want %q", tc.q, tc.comments, got, tc.with)
		}
		if got := firstQuote(t, ix.WithParams(off), tc.q); got != tc.without {
			t.Errorf("%q (%s), OwnerGroup off: got %q, want %q", tc.q, tc.comments, got, tc.without)
		}
	}
	for text, want := range map[string]bool{
		"Trade of these countries grew.": true,
		"Those states, it said, agreed.": true,
		"These countries.":               true,
		"These are countries.":           false,
		"Those countrymen left.":         false,
	} {
		if got := refersToGroup(text); got != want {
			t.Errorf("refersToGroup(%q) = %v, want %v", text, got, want)
		}
	}
}
