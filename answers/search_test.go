package answers

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/citebot/citebot/answers/analysis"
	"github.com/citebot/citebot/corpus"
)

// TestLongQuestion checks a question of more content words than maxTerms:
// the rarest are kept, in their order in the question, which the proximity
// feature reads as adjacent pairs.
func TestLongQuestion(t *testing.T) {
	const letters = "bcdfghkmp"
	var words []string
	for _, a := range letters {
		for _, b := range letters {
			if len(words) < 40 {
				words = append(words, "zq"+string(a)+string(b))
			}
		}
	}
	// Every fifth word also stands in two sentences of its own: those are
	// the common words, which a long question drops first.
	var body strings.Builder
	body.WriteString(strings.Join(words, " ") + ".")
	common := map[string]bool{}
	for i := 0; i < len(words); i += 5 {
		common[words[i]] = true
		body.WriteString("\n\nOnly " + words[i] + " here. And " + words[i] + " again.")
	}
	// Every other one of the rest stands in one more: the rarest do not
	// come in question order on their own.
	for i := 1; i < len(words); i += 2 {
		if !common[words[i]] {
			body.WriteString("\n\nOnce " + words[i] + " here.")
		}
	}
	ix := New(corpus.New([]corpus.Article{{ID: "a", Title: "Report", Outlet: "Geofor", URL: "https://example.com/a", Body: body.String()}}))
	for _, w := range words {
		if _, ok := ix.surfaceIDs[w]; !ok {
			t.Fatalf("%q is not a surface of the corpus", w)
		}
	}
	qry := ix.analyze(strings.Join(words, " "), ix.scratch())
	if len(qry.terms) != maxTerms {
		t.Fatalf("%d terms, want %d", len(qry.terms), maxTerms)
	}
	prev := -1
	for _, qt := range qry.terms {
		pos := strings.Index(strings.Join(words, " "), qt.surface)
		if pos <= prev {
			t.Errorf("term %q out of question order", qt.surface)
		}
		prev = pos
		if common[qt.surface] {
			t.Errorf("common term %q kept over a rarer one", qt.surface)
		}
	}
}

// TestExplainParts checks that --explain reports the bonuses the score
// got: the name bonus for a who-question, the title weight of the
// article's own title.
func TestExplainParts(t *testing.T) {
	c := corpus.New([]corpus.Article{{ID: "a", Title: "Zqbb report on Central Asian diplomacy and trade talks", Outlet: "Geofor", URL: "https://example.com/a", Body: "Tokayev met Blinken in Astana."}})
	ix := New(c)
	const q = "Who met Blinken, Zqbb?"
	got, err := ix.Search(q, Options{K: 1, Explain: true})
	if err != nil || len(got) != 1 {
		t.Fatalf("Search(%q) = %v, %v; want one answer", q, got, err)
	}
	qry := ix.analyze(q, ix.scratch())
	var title float64
	for _, qt := range qry.terms {
		if qt.surface == "zqbb" {
			title = ix.titleWeight(0) * qt.mass / qry.mass
		}
	}
	want := map[string]float64{
		"holds the kind of answer asked for": ix.p.NameBonus,
		`"zqbb" in the title`:                title,
	}
	for _, p := range got[0].Explain.Parts {
		if w, ok := want[p.What]; ok {
			if math.Abs(p.Score-w) > 1e-9 {
				t.Errorf("explain %q: %.4f, want %.4f", p.What, p.Score, w)
			}
			delete(want, p.What)
		}
	}
	for what := range want {
		t.Errorf("explain lacks %q: %+v", what, got[0].Explain.Parts)
	}
}

func TestAttribute(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want string
	}{
		{"What is the population of Kazakhstan?", "population"},
		{"What was the real aim of the American trip", "real aim"},
		{"who is the president of Kyrgyzstan", "president"},
		{"What is the name of the trophy?", ""},          // asks for the answer itself
		{"What is the plan?", ""},                        // no thing the attribute is of
		{"How big is the population of Kazakhstan?", ""}, // not the shape
		{"What is population of Kazakhstan?", ""},
		{"Who is Tajikistan's president?", "president"},              // the owner first
		{"Name of Tajikistan's president?", "president"},             // "name" is no verb here
		{"What is the name of Kyrgyzstan's president?", "president"}, // the name is the answer
		{"What was the name of the first outpost in Carolina?", ""},  // the answer is "the outpost of Charlesfort"
		{"What is Blinken's view on Russia?", "view"},
		{"What did Blinken's visit show?", ""}, // not "what is"
	} {
		words, _ := attribute(analysis.New().Analyze(nil, tc.q))
		got := strings.Join(words, " ")
		if got != tc.want {
			t.Errorf("attribute(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestShareWhole checks which noun a question asks a share of, on the
// embedded corpus, whose names it passes over.
func TestShareWhole(t *testing.T) {
	ix := embeddedIndex(t)
	for _, tc := range []struct {
		q    string
		want string
	}{
		{"What percentage of Kazakhstan's population speaks Russian?", "population"},
		{"What share of Central Asian trade goes through Russia?", "trade"},
		{"what percent of the vote did tokayev get", "vote"},
		{"What percentage of the CSTO Allied Forces were Russian troops?", ""}, // the whole is a name
		{"What percent of thee countries' trade does Russia account for?", ""}, // a word the corpus lacks
		{"How much of the trade goes through Russia?", ""},                     // not the shape
		{"What share?", ""},
	} {
		if got := strings.Join(ix.shareWhole(analysis.New().Analyze(nil, tc.q)), " "); got != tc.want {
			t.Errorf("shareWhole(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestMisspeltNameBeside checks that a misspelt name in the sentence
// beside a quote counts as the name does (Params.Neighbour): the quote
// that follows the sentence naming Blinken answers either spelling.
func TestMisspeltNameBeside(t *testing.T) {
	ix := embeddedIndex(t)
	const want = "Had we failed to stand up"
	for _, name := range []string{"Blinken", "Blinkmn", "Blnken", "Bliknen"} {
		q := "Why did " + name + " think it was important to back Ukraine?"
		got, err := ix.Search(q, Options{K: 1})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || !strings.Contains(got[0].Quote, want) {
			t.Errorf("%q: first answer %v, want the quote %q…", q, got, want)
		}
	}
}

func TestSourceWords(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want string
	}{
		{"What does Vedomosti Kazakhstan say about the Eurasian Economic Union?", "vedomosti kazakhstan"},
		{"What did the Kremlin think of the visit?", "kremlin"},
		{"According to the State Department, what was the meeting about?", "state department"},
		{"What topics was the meeting about, according to the State Department?", "state department"},
		{"according to blinken what would have happened", "blinken"},
		{"In Blinken's view, what would have happened?", "blinken"},
		{"Was the trip symbolic in Geofor's view?", "geofor"},
		{"What did Blinken announce?", ""},        // no view asked for
		{"What does the union do for trade?", ""}, // no verb of speech
		{"", ""},
	} {
		toks := analysis.New().Analyze(nil, tc.q)
		if got := strings.Join(sourceWords(tc.q, toks), " "); got != tc.want {
			t.Errorf("sourceWords(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestSourceNamedItself checks that the source whose view a question asks
// for counts as an ordinary word in a neighbouring sentence, not as a
// name: the sentence that names the source itself goes first.
func TestSourceNamedItself(t *testing.T) {
	body := "Vedomosti covered the summit. The union is a platform for trade.\n\n" +
		"Nothing else happened. Nobody spoke.\n\n" +
		"The union met in spring. According to Vedomosti, the bloc is promising."
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: body}}))
	const want = "According to Vedomosti, the bloc is promising."
	got, err := ix.Search("What does Vedomosti say about the union?", Options{K: 2})
	if err != nil || len(got) == 0 || got[0].Quote != want {
		t.Errorf("got %v, %v; want %q first", got, err, want)
	}
}

// TestRelativeYears checks that "last year" in an article of 2023 meets a
// question about 2022, and only in an article whose date is known: in an
// undated one, the corpus never writes 2022, and the question is turned
// away (Params.StrangeYear).
func TestRelativeYears(t *testing.T) {
	body := "Earlier last year, Russia sent troops to quell protests.\n\nNothing else happened. Nobody spoke.\n\n" +
		"Russia sent troops to hold drills in 2021."
	for _, tc := range []struct {
		date time.Time
		want string
	}{
		{time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), "Earlier last year, Russia sent troops to quell protests."},
		{time.Time{}, ""},
	} {
		ix := New(corpus.New([]corpus.Article{{ID: "a", Date: tc.date, Body: body}}))
		got, err := ix.Search("Why did Russia send troops in 2022?", Options{K: 1, Explain: true})
		if tc.want == "" {
			if err != nil || len(got) != 0 {
				t.Fatalf("dated false: got %v, %v; want no answer", got, err)
			}
			continue
		}
		if err != nil || len(got) == 0 || got[0].Quote != tc.want {
			t.Fatalf("dated %v: got %v, %v; want %q", !tc.date.IsZero(), got, err, tc.want)
		}
		if tc.date.IsZero() {
			continue
		}
		if !slices.ContainsFunc(got[0].Explain.Parts, func(p ExplainPart) bool { return strings.Contains(p.What, "relative") }) {
			t.Errorf("explain %v: no word of the relative year", got[0].Explain.Parts)
		}
	}
}

// TestInitials checks that a question may name, by its initials, a name
// of three or more words that the corpus never abbreviates, and that the
// acronym then weighs as a word the corpus lacks: an answer that does not
// name the bank covers little of the question. (Two capitals meet a
// name of two words: TestPairInitials.)
func TestInitials(t *testing.T) {
	sentences := []string{
		"A study by the European Bank for Reconstruction and Development found a spike in exports.",
		"The GDP of Kazakhstan grew by 4 percent, Tokayev said.",
		"The UN General Assembly voted on Thursday.",
		"Nothing else happened. Nobody spoke.",
	}
	li := &localIndex{}
	for _, tc := range []struct {
		text string
		want string
	}{
		{sentences[0], "ebrd"},
		{sentences[2], "unga"},
		{"Kassym-Jomart Tokayev met Shavkat Mirziyoyev.", "kjt"}, // a joined name's parts are words
		{"Tokayev met Shavkat Mirziyoyev in Astana.", ""},
		{"The Bank of England and the Federal Reserve met.", ""},
	} {
		li.initials = li.initials[:0]
		li.addInitials(analysis.New().Analyze(nil, tc.text))
		var got []string
		for _, d := range li.initials {
			got = append(got, d.acronym)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("initials of %q: %q, want %q", tc.text, got, tc.want)
		}
	}
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: strings.Join(sentences, "\n\n")}}))
	for _, tc := range []struct {
		q, want string
	}{
		{"What did the EBRD find?", sentences[0]},
		{"UNGA vote", sentences[2]},
	} {
		got, err := ix.Search(tc.q, Options{K: 1})
		switch {
		case err != nil:
			t.Errorf("%q: %v", tc.q, err)
		case tc.want == "" && len(got) > 0:
			t.Errorf("%q: got %q, want no answer", tc.q, got[0].Quote)
		case tc.want != "" && (len(got) == 0 || got[0].Quote != tc.want):
			t.Errorf("%q: got %v, want %q", tc.q, got, tc.want)
		}
	}
	// Beside the sentence that spells the bank out, "EBRD" scores no more
	// than it scores there: it weighs much in coverage (a word the corpus
	// lacks), not in what a neighbour gains.
	ix.p.MinCover = 0
	got, _ := ix.Search("Did the EBRD find that Kazakhstan grew?", Options{K: 4, Explain: true})
	ix.p.MinCover = DefaultParams().MinCover
	part := make(map[string]float64) // quote → what "ebrd" scores in it
	for _, a := range got {
		for _, p := range a.Explain.Parts {
			if strings.HasPrefix(p.What, `"ebrd"`) {
				part[a.Quote] = p.Score
			}
		}
	}
	if in, beside := part[sentences[0]], part[sentences[1]]; in == 0 || beside == 0 || beside > in {
		t.Errorf("EBRD scores %.3f in the sentence that spells it out, %.3f beside it; want 0 < beside ≤ in", in, beside)
	}
	sc := ix.scratch()
	defer ix.pool.Put(sc)
	qry := ix.analyze("By what percentage did the GDP of Kazakhstan grow according to the EBRD?", sc)
	for _, qt := range qry.terms {
		if qt.surface == "ebrd" && (!qt.name || qt.mass < ix.p.Unknown*ix.idf(0)) {
			t.Errorf("EBRD: name %v, weight %.2f; want a name weighing %.2f", qt.name, qt.mass, ix.p.Unknown*ix.idf(0))
		}
	}
}

// TestEnglishWords checks that an English word the corpus lacks is not
// read as a misspelling of one it has ("pasta" is not "past") nor as a
// misspelt stop word ("town" is not "down"), while a word no English
// vocabulary holds still is ("befor", "yeer"), unless written with a
// capital within the question, as a name is ("Agian" is no "again").
func TestEnglishWords(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: "The past year was hard. Prices went down in Central Asian states."}}))
	for _, tc := range []struct {
		q     string
		words []string // the question's words, with how many alternatives each has
	}{
		{"a pasta recipe in town", []string{"pasta 0", "recipe 0", "town 0"}},
		{"prices befor the past yeer", []string{"prices 1", "past 1", "year 1"}}, // "yeer" respelt (see TestRespell)
		{"Prices in the Central Agian states", []string{"prices 1", "central 1", "agian 1", "states 1"}},
		{"Prices in the central agian states", []string{"prices 1", "central 1", "states 1"}},
	} {
		sc := ix.scratch()
		qry := ix.analyze(tc.q, sc)
		ix.pool.Put(sc)
		var got []string
		for _, qt := range qry.terms {
			got = append(got, fmt.Sprintf("%s %d", qt.surface, len(qt.alts)))
		}
		if !slices.Equal(got, tc.words) {
			t.Errorf("%q: words %q, want %q", tc.q, got, tc.words)
		}
	}
}

// TestHasType checks which sentences hold the kind of answer a question
// asks for: a year is a date, not an amount, and a number the question
// already names answers nothing.
func TestHasType(t *testing.T) {
	sentences := []string{
		"The unrest began in 2022.",
		"The unrest killed 227 people.",
		"The unrest killed three people on Monday.",
		"Tokayev spoke in Almaty.",
	}
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: strings.Join(sentences, "\n\n")}}))
	for _, tc := range []struct {
		q    string
		want answerType
		held []bool // by sentence
	}{
		{"How many people did the unrest kill?", amountType, []bool{false, true, true, false}},
		{"When did the unrest begin?", dateType, []bool{true, false, true, false}},
		{"Who spoke about the unrest?", nameType, []bool{false, false, false, true}},
		{"How many of the 227 were people?", amountType, []bool{false, false, true, false}},
		{"year unrest began", dateType, []bool{true, false, true, false}}, // keywords, the kind first
		{"number of people killed in the unrest", amountType, []bool{false, true, true, false}},
		{"unrest year", anyType, nil},                                    // the kind not first
		{"How much does the region depend on the unrest?", anyType, nil}, // how far, not a sum
		{"How much did the unrest cost?", amountType, []bool{false, true, true, false}},
		// The attribute asked for tells the kind: a count, a date.
		{"What was the number of people the unrest killed?", amountType, []bool{false, true, true, false}},
		{"What is the unrest's death toll?", anyType, nil},
		{"What is Almaty's share of the dead?", amountType, []bool{false, true, true, false}},
		{"What was the date of the unrest?", dateType, []bool{true, false, true, false}},
		{"What was the cause of the unrest?", anyType, nil},
	} {
		sc := ix.scratch()
		qry := ix.analyze(tc.q, sc)
		ix.pool.Put(sc)
		if qry.want != tc.want {
			t.Errorf("%q: type %d, want %d", tc.q, qry.want, tc.want)
		}
		for sid, want := range tc.held {
			if got := ix.hasType(qry.want, uint32(sid), qry.qterms); got != want {
				t.Errorf("%q: sentence %q holds the type: %v, want %v", tc.q, sentences[sid], got, want)
			}
		}
	}
}

// TestOutlet checks that a question naming an outlet, or the original
// outlet of a translation, prefers that outlet's article.
func TestOutlet(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{
		{ID: "a", Title: "Visit ends", Outlet: "Geofor", Body: "The visit changed nothing in the region."},
		{ID: "b", Title: "Visit ends", Outlet: "Daily Courier", OriginalOutlet: "The Epoch Times", Body: "The visit changed little in the region."},
		{ID: "c", Title: "Visit ends", Outlet: "Morning Star", Body: "The visit changed everything in the region."},
	}))
	for _, tc := range []struct{ q, want string }{
		{"What does Geofor say the visit changed?", "a"},
		{"What did the visit change, according to the Daily Courier?", "b"},
		{"What did the visit change, says the Epoch Times", "b"},
		{"What did the visit change in the Morning Star's view?", "c"},
		{"What does Gefor say the visit changed?", "a"}, // misspelt: no article's text writes "Geofor"
		{"what does geofr say the visit changed", "a"},  // … nor in lower case
		{"What did the visit change, according to the Mornig Star?", "c"},
	} {
		got, err := ix.Search(tc.q, Options{K: 1, Explain: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Article.ID != tc.want {
			t.Errorf("%q: got %v, want article %s", tc.q, got, tc.want)
		}
	}
}

// TestNeighbourNames checks that a neighbouring sentence lends a name more
// than another word: "He praised the plan" after "On Monday Tokayev arrived" is about
// Tokayev, while "They praised the roads" after "On Monday the budget arrived" is
// not about the budget.
func TestNeighbourNames(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: "On Monday the budget arrived. They praised the roads.\n\nNothing else happened. Nobody spoke.\n\nOn Monday Tokayev arrived. He praised the plan."}}))
	const q = "Did Tokayev praise the budget?"
	for _, tc := range []struct {
		word  float64 // Params.NeighbourWord
		first string
		tie   bool
	}{
		{DefaultParams().NeighbourWord, "He praised the plan.", false},
		{DefaultParams().Neighbour, "", true},
	} {
		p := DefaultParams()
		p.NeighbourWord = tc.word
		p.Soft = 0         // "plan" and "roads" are not equally close to "budget"
		p.NeedName = false // it would turn away "They praised the roads"
		got, err := ix.WithParams(p).Search(q, Options{K: 2})
		if err != nil || len(got) < 2 {
			t.Fatalf("NeighbourWord %.2f: got %v, %v", tc.word, got, err)
		}
		if tie := math.Abs(got[0].Score-got[1].Score) < 1e-9; tie != tc.tie {
			t.Errorf("NeighbourWord %.2f: scores %.4f, %.4f: tie %v, want %v", tc.word, got[0].Score, got[1].Score, tie, tc.tie)
		}
		if tc.first != "" && got[0].Quote != tc.first {
			t.Errorf("NeighbourWord %.2f: first %q, want %q", tc.word, got[0].Quote, tc.first)
		}
	}
}

// TestAmountUnit checks what an amount question counts in, and which
// sentences state an amount in it.
func TestAmountUnit(t *testing.T) {
	sentences := []string{
		"Blinken announced $25 million in new funding.",
		"Tokayev won 81% of the votes.",
		"Russia accounts for 60 percent of trade.",
		"The pipeline carries 1.2 million barrels a day.",
		"The grant came to 9 million dollars.",
	}
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: strings.Join(sentences, "\n\n")}}))
	for _, tc := range []struct {
		q    string
		want amountUnit
		held []bool // by sentence
	}{
		{"How much aid did Blinken announce?", moneyUnit, []bool{true, false, false, false, true}},
		{"How much did the trip cost?", moneyUnit, []bool{true, false, false, false, true}},
		{"What share of the votes did Tokayev win?", percentUnit, []bool{false, true, true, false, false}},
		{"What percentage of trade is with Russia?", percentUnit, []bool{false, true, true, false, false}},
		{"How much oil does the pipeline carry?", anyUnit, nil},
		{"How many people voted?", anyUnit, nil},
		{"How many days did Blinken spend there?", anyUnit, nil},
		{"How many dollars did Blinken announce?", moneyUnit, []bool{true, false, false, false, true}},
		{"How much of the trade is with Russia?", percentUnit, []bool{false, true, true, false, false}},        // a part of a whole
		{"How much of the funding does each country get?", moneyUnit, []bool{true, false, false, false, true}}, // a sum per country
		{"How many of the votes did Tokayev win?", anyUnit, nil},                                               // counted, often
		{"How much did the economy grow last year?", anyUnit, nil},                                             // "year" is no word of money
		{"how many % of votes did Tokayev win", percentUnit, []bool{false, true, true, false, false}},          // a share typed as a count
		{"What is Russia's share of trade?", percentUnit, []bool{false, true, true, false, false}},             // the attribute asked for
		{"What was the share of votes Tokayev won?", percentUnit, []bool{false, true, true, false, false}},
		{"How many percent of trade is with Russia?", percentUnit, []bool{false, true, true, false, false}},
	} {
		sc := ix.scratch()
		sc.toks = sc.an.Analyze(sc.toks[:0], tc.q)
		got := ix.detectUnit(sc.toks)
		ix.pool.Put(sc)
		if got != tc.want {
			t.Errorf("%q: unit %d, want %d", tc.q, got, tc.want)
		}
		for sid, want := range tc.held {
			if got := ix.hasUnit(tc.want, uint32(sid)); got != want {
				t.Errorf("%q: %q states it: %v, want %v", tc.q, sentences[sid], got, want)
			}
		}
	}
	// Read as a count of votes, the share would not answer it
	// (Params.NeedCount).
	if got := firstQuote(t, ix, "how many % of votes did Tokayev win"); got != sentences[1] {
		t.Errorf("how many %%: got %q, want %q", got, sentences[1])
	}
}

// TestPhrasalVerb checks that a question's phrasal verb is read as one
// word too: "set up" meets "founded", which "set" alone would not.
func TestPhrasalVerb(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: "Founded in 2014, the union grew.\n\nPrices rose in 2015."}}))
	got, err := ix.Search("When was the union set up?", Options{K: 1, Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[0].Quote != "Founded in 2014, the union grew." {
		t.Fatalf("got %v, want the founding", got)
	}
	explained := false
	for _, p := range got[0].Explain.Parts {
		explained = explained || strings.Contains(p.What, `"set up": synonym "found"`)
	}
	if !explained {
		t.Errorf("explanation %v does not show the phrasal verb", got[0].Explain.Parts)
	}
}

// TestCountsNoun checks which sentences count what a "how many" question
// asks about: a number with the counted noun at most countWindow words
// after it.
func TestCountsNoun(t *testing.T) {
	sentences := []string{
		"Biden sent three personal messages to Tokayev.",
		"Blinken called Russia an aggressor more than 10 times.",
		"Blinken ended a two-day visit.",
		"In 2022 Biden sent messages to many leaders.",
		"Messages came on 3 March from all five capitals.",
		"The allied forces were 90 percent Russian troops, in all 700 troops.",
		"Troops were sent: 90% of the allied troops were Russian.",
	}
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: strings.Join(sentences, "\n\n")}}))
	for _, tc := range []struct {
		q      string
		counts []bool // by sentence
	}{
		{"How many personal messages did Biden send?", []bool{true, false, false, false, false, false, false}},
		// A word close in meaning counts as the noun (Params.CoverClose).
		{"How many letters did Biden send?", []bool{true, false, false, false, false, false, false}},
		{"How many times did Blinken call Russia an aggressor?", []bool{false, true, false, false, false, false, false}},
		{"How many days did the visit last?", []bool{false, false, true, false, false, false, false}},
		{"how many capitals sent messages", []bool{false, false, false, false, true, false, false}},
		{"When did Biden send messages?", []bool{false, false, false, false, false, false, false}}, // counts nothing
		// A share counts nothing; a number after it may.
		{"How many troops were sent?", []bool{false, false, false, false, false, true, false}},
		// "How many %" asks a share: it counts no noun, and a share
		// answers it (TestAmountUnit).
		{"How many % of the allied troops were Russian?", []bool{false, false, false, false, false, false, false}},
	} {
		sc := ix.scratch()
		qry := ix.analyze(tc.q, sc)
		pos := qry.termPositions(ix)
		for sid, want := range tc.counts {
			toks := analysis.New().Analyze(nil, sentences[sid])
			if got := qry.counted != 0 && ix.countsNoun(qry, pos, toks); got != want {
				t.Errorf("%q: %q counts it: %v, want %v", tc.q, sentences[sid], got, want)
			}
		}
		ix.pool.Put(sc)
	}
}

// shapeCase is a question and, by sentence, whether the sentence has the
// shape that answers its form.
type shapeCase struct {
	q    string
	want []bool
}

// checkShapes indexes sentences, one paragraph each, and checks for each
// question which of them have the shape (has) that answers its form.
func checkShapes(t *testing.T, sentences []string, cases []shapeCase, shape string,
	has func(ix *Index, qry *query, pos map[termID]int, sentence string, toks []analysis.Token) bool) *Index {
	t.Helper()
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: strings.Join(sentences, "\n\n")}}))
	for _, tc := range cases {
		sc := ix.scratch()
		qry := ix.analyze(tc.q, sc)
		pos := qry.termPositions(ix)
		for sid, want := range tc.want {
			toks := analysis.New().Analyze(nil, sentences[sid])
			if got := has(ix, qry, pos, sentences[sid], toks); got != want {
				t.Errorf("%q: %q %s: %v, want %v", tc.q, sentences[sid], shape, got, want)
			}
		}
		ix.pool.Put(sc)
	}
	return ix
}

// TestStatesRate checks which sentences state an amount per what a
// question asks it per, and that such a sentence outranks one that names
// more of the question's words (Params.RateBonus).
func TestStatesRate(t *testing.T) {
	sentences := []string{
		"The Economic Stability Initiative got $25 million this year.",
		"Nothing else happened. Nobody spoke.",
		"It turns out to be $9 million per country.",
		"Each country sent $2 million to the fund.",
		"Countries paid $4 million per year.",
	}
	checkShapes(t, sentences, []shapeCase{
		{"How much does the Economic Stability Initiative come to per country?", []bool{false, false, true, true, false}},
		{"How much does the initiative give each country?", []bool{false, false, true, true, false}},
		{"How much did countries pay per year?", []bool{false, false, false, false, true}},
		{"What did each country send?", []bool{false, false, false, false, false}},                          // asks no amount
		{"How much money does each country end up with?", []bool{false, false, true, true, false}},          // "end" is no noun of "each"
		{"Split among the countries, how much does each one get?", []bool{false, false, true, true, false}}, // "one" stands for "countries"
	}, "states the rate", func(ix *Index, qry *query, pos map[termID]int, _ string, toks []analysis.Token) bool {
		return qry.per != 0 && ix.statesRate(qry, pos, toks)
	})
	body := "The Economic Stability Initiative will come to $25 million.\n\nNothing else happened. Nobody spoke.\n\n" +
		"The Economic Stability Initiative reaches five countries. It turns out to be $9 million per country."
	ix := New(corpus.New([]corpus.Article{{ID: "b", Body: body}}))
	p := ix.p
	p.RateBonus = 0
	for _, run := range []struct {
		ix   *Index
		rate bool // the per-country sentence first
	}{{ix, true}, {ix.WithParams(p), false}} {
		got, err := run.ix.Search("How much does the Economic Stability Initiative come to per country?", Options{K: 1})
		if err != nil || len(got) == 0 {
			t.Fatalf("got %v, %v", got, err)
		}
		if first := got[0].Quote == "It turns out to be $9 million per country."; first != run.rate {
			t.Errorf("RateBonus %.2f: first %q", run.ix.p.RateBonus, got[0].Quote)
		}
	}
}

// TestRateWordsMet checks that a sentence stating the amount per the noun
// asked meets the words of the rate, verb included: "$9 million per
// country" tells what each country gets, and is not abstained on for
// covering too little of a question that says it in many more words.
func TestRateWordsMet(t *testing.T) {
	body := "The Economic Stability Initiative will come to $25 million, the State Department said on Tuesday.\n\n" +
		"It turns out to be $9 million per country."
	ix := New(corpus.New([]corpus.Article{{ID: "b", Body: body}}))
	got, err := ix.Search("Split evenly, how much of the stability money does each country get?", Options{K: 1})
	if err != nil || len(got) == 0 {
		t.Fatalf("got %v, %v", got, err)
	}
	if want := "It turns out to be $9 million per country."; got[0].Quote != want {
		t.Errorf("first %q, want %q", got[0].Quote, want)
	}
}

// TestOutletMask checks which question words name an outlet: as written
// or misspelt, and capitalised or rare in the articles, so that "how many
// times" does not name the Japan Times.
func TestOutletMask(t *testing.T) {
	body := "Times were hard. Times change. At times it rained. The visit ended."
	ix := New(corpus.New([]corpus.Article{{ID: "a", Outlet: "The Japan Times", Body: body}}))
	for _, tc := range []struct {
		q    string
		want []string // the question words that name the outlet
	}{
		{"What did the Japan Times say about the visit?", []string{"japan", "times"}},
		{"what did japan times say about the visit", []string{"japan"}},
		{"What did the Japan Tmes say?", []string{"japan", "tmes"}},
		{"How many times did the visit end?", nil},
		{"What did Japanese papers say?", nil}, // "japanese" is no form of "japan" the outlet writes
	} {
		sc := ix.scratch()
		qry := ix.analyze(tc.q, sc)
		ix.pool.Put(sc)
		m := ix.outletMask(qry, ix.outletTerms[0])
		var got []string
		for i, qt := range qry.terms {
			if m&(1<<i) != 0 {
				got = append(got, qt.surface)
			}
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q: outlet words %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestHowLong checks that "how long" asks for a time or a distance, and
// that "long" then weighs little (Params.HowWord): the answer need not
// hold it, but may ("How big…", "as large as").
func TestHowLong(t *testing.T) {
	sentences := []string{
		"Blinken ended a two-day visit.",
		"Moscow has long been the top power.",
		"The border runs 7,644 kilometers.",
		"Kazakhstan met Blinken in Astana.",
		"Kazakhstan is as large as five countries.",
		"Kazakhstan has 20 regions.",
		"The envoys said the long planned visit of the ministers ended last week.",
	}
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: strings.Join(sentences, "\n\n")}}))
	for _, tc := range []struct {
		q    string
		held []bool // by sentence: states a time or distance
	}{
		{"How long did the visit last?", []bool{true, false, true, false, false, false, true}},
		{"How far does the border run?", []bool{true, false, true, false, false, false, true}},
	} {
		sc := ix.scratch()
		qry := ix.analyze(tc.q, sc)
		ix.pool.Put(sc)
		if qry.unit != measureUnit {
			t.Errorf("%q: unit %d, want %d", tc.q, qry.unit, measureUnit)
		}
		for _, qt := range qry.terms {
			if (qt.surface == "long" || qt.surface == "far") && qt.mass > ix.p.HowWord*ix.p.Unknown*ix.idf(0) {
				t.Errorf("%q: %q weighs %.2f", tc.q, qt.surface, qt.mass)
			}
		}
		for sid, want := range tc.held {
			if got := ix.hasUnit(qry.unit, uint32(sid)); got != want {
				t.Errorf("%q: %q states it: %v, want %v", tc.q, sentences[sid], got, want)
			}
		}
	}
	for q, want := range map[string]string{
		"How long did the visit last?": sentences[0],
		"How big is Kazakhstan?":       sentences[4],
	} {
		got, err := ix.Search(q, Options{K: 1})
		if err != nil || len(got) == 0 || got[0].Quote != want {
			t.Errorf("%q: got %v, %v; want %q", q, got, err, want)
		}
	}
}

// TestStatesReason checks which sentences give a reason or a purpose, and
// that a "why" question ranks the one that does above one that only
// repeats the question's words.
func TestStatesReason(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"Russia sent troops because protests turned violent.", true},
		{"The talks were delayed due to the weather.", true},
		{"Troops came, ostensibly to keep the peace.", true},
		{"He flew in order to sign the deal.", true},
		{"They met so that trade could grow.", true},
		{"Russia sent troops to Kazakhstan in January.", false},
		{"So the talks ended early.", false},
		{"He went back to work.", false},
	} {
		toks := analysis.New().Analyze(nil, tc.sentence)
		if got := statesReason(toks); got != tc.want {
			t.Errorf("statesReason(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
	checkTokens(t, "asksWhy", asksWhy, map[string]bool{
		"Why did Russia send troops?":             true,
		"For what reason did Russia send troops?": true,
		"What was the purpose of the visit?":      true,
		"When did Russia send troops?":            false,
		"What reasons did he list?":               false,
	})

	sentences := []string{
		"In January Russia sent troops to Kazakhstan.",
		"Russia sent troops to Kazakhstan because protests in Almaty turned violent.",
	}
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: strings.Join(sentences, "\n\n")}}))
	for bonus, want := range map[float64]string{0: sentences[0], DefaultParams().ReasonBonus: sentences[1]} {
		p := DefaultParams()
		p.ReasonBonus = bonus
		if got := firstQuote(t, ix.WithParams(p), "Why did Russia send troops to Kazakhstan?"); got != want {
			t.Errorf("ReasonBonus %v: first answer %q, want %q", bonus, got, want)
		}
	}
}

// TestQuestionWords checks which words of a question are looked for:
// "what sort/kind/type of X" looks for X, not for the word "sort", while
// "type" stays a word elsewhere; "the us" in lower case is the country,
// while "us" alone stays a pronoun.
func TestQuestionWords(t *testing.T) {
	body := "Blinken entered a palace of some sort.\n\nThe type of aid was training.\n\nHe saw a blue building."
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: body}}))
	for _, tc := range []struct {
		q     string
		words []string
	}{
		{"What sort of building did Blinken see?", []string{"building", "blinken", "see"}},
		{"Which kind of aid was given?", []string{"aid", "given"}},
		{"What type of aid?", []string{"aid"}},
		{"Was the type of aid training?", []string{"type", "aid", "training"}},
		{"what did the us give", []string{"us", "give"}},
		{"what did blinken give us", []string{"blinken", "give"}},
		// A request's frame is no word of the question.
		{"Can you tell me what sort of building Blinken saw?", []string{"building", "blinken", "saw"}},
		{"Could you please explain the type of aid", []string{"type", "aid"}},
		{"I'd like to know about the aid", []string{"aid"}},
		{"I wonder what Blinken entered", []string{"blinken", "entered"}},
		{"Do you know what Blinken entered?", []string{"blinken", "entered"}},
		{"Name the palace", []string{"palace"}},
		{"What did Blinken tell the palace?", []string{"blinken", "tell", "palace"}},
		{"Tell me", []string{"tell"}},
		// Nor is a greeting, or the bot addressed.
		{"Hey, what did Blinken enter?", []string{"blinken", "enter"}},
		{"Hi Citebot, can you tell me what sort of building Blinken saw?", []string{"building", "blinken", "saw"}},
		{"Quick question: what palace did Blinken enter", []string{"palace", "blinken", "enter"}},
		{"Hello", []string{"hello"}},
		{"So, what did Blinken enter?", []string{"blinken", "enter"}},
		{"btw what palace did Blinken enter", []string{"palace", "blinken", "enter"}},
		{"quick q: what did Blinken enter", []string{"blinken", "enter"}},
		{"Real question: what did Blinken enter?", []string{"blinken", "enter"}},
		{"Question: what did Blinken enter?", []string{"blinken", "enter"}},
		{"Q: did Blinken see the palace?", []string{"blinken", "see", "palace"}},
		{"Question: Blinken's blue building?", []string{"blinken", "blue", "building"}},
		{"Question marks on the palace?", []string{"question", "marks", "palace"}}, // no colon: a word
		{"can u tell me what Blinken entered", []string{"blinken", "entered"}},
		{"do ya know what Blinken entered?", []string{"blinken", "entered"}},
		{"I wanna know what Blinken entered", []string{"blinken", "entered"}},
		{"What I want to know is what Blinken entered.", []string{"blinken", "entered"}},
		{"Just curious, what did Blinken enter?", []string{"blinken", "enter"}},
		{"Got a question - what did Blinken enter?", []string{"blinken", "enter"}},
		{"Hello there! What did Blinken enter?", []string{"blinken", "enter"}},
		{"Help: what did Blinken enter?", []string{"blinken", "enter"}},
		{"Need to know: what did Blinken enter?", []string{"blinken", "enter"}},
		{"what did blinken enter I'd appreciate it", []string{"blinken", "enter"}},
		{"Help the palace?", []string{"help", "palace"}}, // no colon: a word
		{"Can anyone tell me what Blinken entered?", []string{"blinken", "entered"}},
		{"I'm trying to figure out what Blinken entered", []string{"blinken", "entered"}},
		{"Help me understand what Blinken entered", []string{"blinken", "entered"}},
		{"Let me know what Blinken entered", []string{"blinken", "entered"}},
		{"Remind me what Blinken entered", []string{"blinken", "entered"}},
		{"Good morning! What did Blinken enter?", []string{"blinken", "enter"}},
		{"Quickly, what did Blinken enter?", []string{"blinken", "enter"}},
		{"Did Blinken enter quickly?", []string{"blinken", "enter", "quickly"}},
		{"Good palace?", []string{"good", "palace"}},
		{"What did Blinken enter? Source please.", []string{"blinken", "enter"}},
		{"What did Blinken enter? Sources?", []string{"blinken", "enter"}},
		{"what did blinken enter? link pls", []string{"blinken", "enter"}},
		{"What is the source of the palace?", []string{"source", "palace"}},
		{"What did Blinken enter? Be brief.", []string{"blinken", "enter"}},
		{"What did Blinken enter? In one sentence, please.", []string{"blinken", "enter"}},
		{"What did Blinken enter? Details?", []string{"blinken", "enter"}},
		{"Blinken entered the palace. Why?", []string{"blinken", "entered", "palace"}},
		{"What did Blinken enter? And who said it?", []string{"blinken", "enter"}}, // a follow-up with no word of its own
		{"When did Blinken enter? Why?", []string{"blinken", "enter"}},
		{"Who entered? Blinken?", []string{"entered", "blinken"}},
		{"Did Blinken appreciate it?", []string{"blinken", "appreciate"}},
		{"What did Blinken enter? Much appreciated", []string{"blinken", "enter"}},
		{"Was the palace much appreciated?", []string{"palace", "appreciated"}}, // "much" is a stop word
		{"wait, what did Blinken enter?", []string{"blinken", "enter"}},
		{"Sorry, what did Blinken enter?", []string{"blinken", "enter"}},
		{"Excuse me, what did Blinken enter?", []string{"blinken", "enter"}},
		{"tl;dr what did Blinken enter", []string{"blinken", "enter"}},
		{"idk what Blinken entered", []string{"blinken", "entered"}},
		{"Does anyone know what Blinken entered?", []string{"blinken", "entered"}},
		{"anyone know what Blinken entered", []string{"blinken", "entered"}},
		{"Any idea what Blinken entered?", []string{"blinken", "entered"}},
		{"what did Blinken enter lol", []string{"blinken", "enter"}},
		{"Did Blinken wait in the palace?", []string{"blinken", "wait", "palace"}}, // a verb after the start
		// Nor is a pointer at the corpus before it, or thanks after it.
		{"Based on the articles, what did Blinken enter?", []string{"blinken", "enter"}},
		{"According to these reports, what aid was given?", []string{"aid", "given"}},
		{"What did Blinken enter? Thanks!", []string{"blinken", "enter"}},
		{"what did blinken enter thank you so much", []string{"blinken", "enter"}},
		{"what did blinken enter pls", []string{"blinken", "enter"}},
		{"what did blinken enter, if you know?", []string{"blinken", "enter"}},
		{"Who did Blinken meet? Cheers", []string{"blinken", "meet"}},
		{"Who did Blinken meet with cheers", []string{"blinken", "meet", "cheers"}},
		// Nor is a clause about the asking.
		{"I was reading the news and I'm curious: what did Blinken enter?", []string{"blinken", "enter"}},
		{"Can you help me? What did Blinken enter?", []string{"blinken", "enter"}},
		{"I have a question. Did Blinken see the palace?", []string{"blinken", "see", "palace"}},
		{"I read about Blinken: what did he enter?", []string{"blinken", "enter"}},
		{"The palace: who entered it?", []string{"palace", "entered"}},
		{"I've been wondering, what did Blinken enter?", []string{"blinken", "enter"}},
		// A letter standing for a word is none the corpus has.
		{"what did u see w/ blinken", []string{"see", "blinken"}},
		{"Did Blinken enter palace P?", []string{"blinken", "enter", "palace", "p"}}, // a capital letter is a name
		{"What does the palace stand for?", []string{"palace"}},
		{"whats the name of the palace", []string{"palace"}}, // the name asks for the answer
		// Nor is a pointer at the corpus.
		{"who is the blue building mentioned in the articles", []string{"blue", "building"}},
		{"What palace did Blinken enter, according to the news?", []string{"palace", "blinken", "enter"}},
		{"Which building that is described in these reports was blue", []string{"building", "blue"}}, // where the corpus writes neither
		{"what aid is in the news", []string{"aid"}},
		{"the news", []string{"news"}},
	} {
		if got := readWords(ix, tc.q); !slices.Equal(got, tc.words) {
			t.Errorf("%q: words %q, want %q", tc.q, got, tc.words)
		}
	}
}

// TestDocumentWords checks that the words naming the document a question
// asks about are no words of it when the corpus's text never writes them,
// and are when it does.
func TestDocumentWords(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: "Blinken forgot the bloody January. The report of the bank was published."}}))
	for _, tc := range []struct {
		q     string
		words []string
	}{
		{"What did Blinken forget, according to the Russian article?", []string{"blinken", "forget", "according", "russian"}},
		{"Who is the banker mentioned in the Eastern Herald piece?", []string{"banker", "eastern", "herald"}},
		{"What did the report of the bank say?", []string{"report", "bank", "say"}}, // the corpus writes "report"
		{"Who mentioned the bank?", []string{"mentioned", "bank"}},                  // not where to look
		{"What did the bank say, per the French wire story?", []string{"bank", "say", "french"}},
		{"Which articles state that the bank was published?", []string{"articles", "state", "bank", "published"}}, // a thing asked about
		{"Where was the burial site of the bank?", []string{"burial", "site", "bank"}},
	} {
		if got := readWords(ix, tc.q); !slices.Equal(got, tc.words) {
			t.Errorf("%q: words %q, want %q", tc.q, got, tc.words)
		}
	}
}

// readWords returns the words ix reads a question as asking with.
func readWords(ix *Index, q string) []string {
	sc := ix.scratch()
	defer ix.pool.Put(sc)
	var words []string
	for _, qt := range ix.analyze(q, sc).terms {
		words = append(words, qt.surface)
	}
	return words
}

// TestHedge checks that a word that only stresses a question is no word
// of it: "What did Blinken actually enter?" is answered as "What did
// Blinken enter?", not by the sentence that says "actually", and "What
// was really the colour of the palace?" still asks for the palace's
// colour, which the corpus does not tell.
func TestHedge(t *testing.T) {
	body := "Blinken entered a blue palace.\n\nNothing else happened. Reporters entered the hall.\n\nActually, Blinken left early. Really, the hall was full."
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: body}}))
	for _, tc := range []struct{ q, want string }{
		{"What did Blinken actually enter?", "Blinken entered a blue palace."},
		{"What did Blinken enter?", "Blinken entered a blue palace."},
		{"Did Blinken really leave early?", "Actually, Blinken left early."},
		{"What was really the colour of the hall?", ""},
		{"Really?", ""},
	} {
		if got := firstQuote(t, ix, tc.q); got != tc.want {
			t.Errorf("%q: first answer %q, want %q", tc.q, got, tc.want)
		}
	}
}

// weightCase is a value of one weight and the first answer it gives, ""
// for none.
type weightCase struct {
	value float64
	want  string
}

// checkWeight checks that ix answers question q first with each case's
// answer when the weight that field points at has the case's value; set,
// if not nil, changes other weights alike for every case.
func checkWeight(t *testing.T, ix *Index, q string, field func(*Params) *float64, set func(*Params), cases ...weightCase) {
	t.Helper()
	for _, tc := range cases {
		p := DefaultParams()
		*field(&p) = tc.value
		if set != nil {
			set(&p)
		}
		if got := firstQuote(t, ix.WithParams(p), q); got != tc.want {
			t.Errorf("%q, weight %.2f: first answer %q, want %q", q, tc.value, got, tc.want)
		}
	}
}

// TestAnswerInstructions checks which last sentences of a question only
// say how to answer.
func TestAnswerInstructions(t *testing.T) {
	an := analysis.New()
	for _, tc := range []struct {
		q    string
		want int
	}{
		{"What did Blinken say? Source please.", 2},
		{"What did Blinken say? Be brief.", 2},
		{"What did Blinken say? In one sentence, please.", 4},
		{"Blinken said it. Why?", 0},               // asks why
		{"What did Blinken say about sources?", 0}, // one sentence: the question's own word
		{"Sources?", 0},
		{"what did blinken say Details?", 1},          // run in, told by its capital
		{"who did blinken meet In one sentence", 3},   // … a stop word's too
		{"who did blinken meet ASAP", 1},              // … or capitals
		{"What Did Blinken Say About The Article", 0}, // typed in capitals word by word
		{"Did the Kremlin see the Article?", 0},       // no capital before, but "the"
		{"What did Blinken Quote say?", 0},            // not the last words
	} {
		if got := answerInstructions(tc.q, an.Analyze(nil, tc.q)); got != tc.want {
			t.Errorf("answerInstructions(%q) = %d, want %d", tc.q, got, tc.want)
		}
	}
}

// TestContractions checks that a question word's contracted auxiliary
// is read as written out, so that the question's shape is read too: "Why'd"
// asks why, "What'd Blinken say" what was said, "whens" when.
func TestContractions(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: "Blinken said the talks went well."}}))
	for _, tc := range []struct {
		q     string
		shape func(*query) bool
	}{
		{"whyd blinken go", func(q *query) bool { return q.why }},
		{"What'd Blinken say about the talks?", func(q *query) bool { return q.asksSpeech }},
		{"What’d Blinken say about the talks?", func(q *query) bool { return q.asksSpeech }},
		{"whens the vote", func(q *query) bool { return q.asksDate }},
		{"How'd Blinken reach the talks?", func(q *query) bool { return q.how }},
	} {
		for _, on := range []bool{true, false} {
			p := DefaultParams()
			p.Contractions = on
			p.Respell = false // which reads "whyd" as "why" too
			sc := ix.scratch()
			got := tc.shape(ix.WithParams(p).analyze(tc.q, sc))
			ix.pool.Put(sc)
			if got != on {
				t.Errorf("%q, contractions %v: shape read %v, want %v", tc.q, on, got, on)
			}
		}
	}
}

// TestRoleTitle checks that a title before a name the corpus writes, or
// an honorific, weighs little (Params.RoleTitle): "Who did Secretary Blinken
// meet?" is about Blinken, not about every secretary.
func TestRoleTitle(t *testing.T) {
	body := "Then Blinken met Tokayev.\n\nLater Blinken flew home. Nothing else happened.\n\nNobody spoke. Rain fell.\n\nThe secretary met Lavrov."
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: body}}))
	title := func(p *Params) *float64 { return &p.RoleTitle }
	light := weightCase{DefaultParams().RoleTitle, "Then Blinken met Tokayev."}
	// Weighed in full, the title puts the secretary's sentence first,
	// which names no Blinken: no answer, when a name must stand in the
	// sentence or beside it (the secretary's stands three sentences from
	// Blinken's, within Params.NameReach).
	beside := func(p *Params) { p.NameReach = 0 }
	checkWeight(t, ix, "Who did Secretary Blinken meet?", title, beside, light, weightCase{1, ""})
	// The corpus has no "Mr": it is not looked for at all.
	checkWeight(t, ix, "Who did Mr. Blinken meet?", title, nil, light)
	// A title of several words (Params.TitleOf) weighs little too, as a
	// title; the same words before no name weigh in full.
	mass := func(q, word string) float64 {
		sc := ix.scratch()
		defer ix.pool.Put(sc)
		for _, qt := range ix.analyze(q, sc).terms {
			if qt.surface == word {
				return qt.mass
			}
		}
		t.Fatalf("%q: no word %q", q, word)
		return 0
	}
	for _, word := range []string{"secretary", "rain"} {
		titled, plain := mass("Who did Secretary of Rain Blinken meet?", word), mass("Who did the secretary of rain meet?", word)
		if want := DefaultParams().RoleTitle * plain; math.Abs(titled-want) > 1e-9 {
			t.Errorf("%q weighs %.3f in a title, want %.3f", word, titled, want)
		}
	}
}

// TestAcronymMembers checks that "Which countries are in the CSTO?" is
// answered, as its long form is, by the sentence that lists the members,
// which writes only the long form.
func TestAcronymMembers(t *testing.T) {
	ix := embeddedIndex(t)
	for _, q := range []string{"Which countries are in the CSTO?", "Which countries are in the Collective Security Treaty Organization?"} {
		got, err := ix.Search(q, Options{K: 1})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || !strings.Contains(got[0].Quote, "Armenia, Belarus, Kyrgyzstan and Tajikistan") {
			t.Errorf("%q: got %v, want the sentence that lists the members", q, got)
		}
	}
}

// TestLongFormAcronym checks that a question spelling out a long form the
// corpus defines an acronym for meets the sentences that use only the
// acronym, also when the long form is misspelt.
func TestLongFormAcronym(t *testing.T) {
	body := "The Shanghai Cooperation Organization (SCO) is a bloc.\n\n" +
		"Ministers met in Samarkand.\n\n" +
		"SCO was first launched in 2001 by Moscow and Beijing."
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: body}}))
	for _, q := range []string{
		"When was the Shanghai Cooperation Organization launched?",
		"when was the shangai cooperation organisation launched",
	} {
		sc := ix.scratch()
		qry := ix.analyze(q, sc)
		ix.pool.Put(sc)
		for _, qt := range qry.terms[:3] { // shanghai cooperation organization
			acronym := slices.ContainsFunc(qt.alts, func(a alt) bool { return a.how == "acronym" })
			if !acronym {
				t.Errorf("%q: %q does not meet the acronym", q, qt.surface)
			}
		}
	}
}

// TestCapitalForCountry checks that a question naming a government by its
// capital meets the sentences that name the country, and only with
// Params.Capital: without it "Moscow" is a name the corpus never mentions.
func TestCapitalForCountry(t *testing.T) {
	body := "Russia said the talks had failed.\n\nAnalysts said the talks were long."
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: body}}))
	checkWeight(t, ix, "What did Moscow say about the talks?", func(p *Params) *float64 { return &p.Capital }, nil,
		weightCase{DefaultParams().Capital, "Russia said the talks had failed."},
		weightCase{0, ""})
}

// TestDefinition checks which questions ask only to define a thing, which
// sentences define it, and that such a question ranks the definition
// above a shorter sentence that merely names the thing.
func TestDefinition(t *testing.T) {
	for q, want := range map[string][]string{
		"What is the CSTO?":                        {"csto"},
		"what's the sco":                           {"sco"},
		"Who was Azattyk Media?":                   {"azattyk", "media"},
		"What is the capital of Kazakhstan?":       nil, // an attribute of a thing
		"What is Kazakhstan's border?":             nil,
		"What is the new US funding meant to buy?": nil,
		"When was the CSTO founded?":               nil,
		"What is it?":                              nil,
		"what the CSTO is":                         {"csto"}, // asked inside a request
		"What does EAEU stand for?":                {"eaeu"},
		"what does the CSTO mean":                  {"csto"},
		"What does Blinken mean by that?":          nil,
		"What the CSTO did":                        nil,
	} {
		if got := definedWords(analysis.New().Analyze(nil, q)); !slices.Equal(got, want) {
			t.Errorf("definedWords(%q) = %q, want %q", q, got, want)
		}
	}

	sentences := []string{
		"The CSTO sent troops.",
		"The deployment came under the Collective Security Treaty Organization (CSTO), a Moscow-led military alliance of six states.",
		"Azattyk Media (a branch of Radio Liberty) was closed.",
		"Azattyk Media was closed again.",
		"The Kyrgyz station Azattyk is a branch of Radio Liberty.",
		"And the CSTO Allied Forces, which were mostly Russian, stayed.",
		"Kremlin spokesman Dmitry Peskov disagreed.",
		"Peskov, of course, disagreed.",
		"Reporters met Peskov.",
	}
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: strings.Join(sentences, "\n\n")}}))
	for _, tc := range []struct {
		q       string
		defines []bool // by sentence
	}{
		{"What is the CSTO?", []bool{false, true, false, false, false, false, false, false, false}},
		{"What is the Collective Security Treaty Organization?", []bool{false, true, false, false, false, false, false, false, false}},
		{"Can you tell me what the CSTO is?", []bool{false, true, false, false, false, false, false, false, false}},
		{"What is Azattyk?", []bool{false, false, true, false, true, false, false, false, false}},
		{"What is Azattyk Media?", []bool{false, false, true, false, false, false, false, false, false}},
		{"Who is Peskov?", []bool{false, false, false, false, false, false, true, false, false}},
		{"What is Peskov?", []bool{false, false, false, false, false, false, false, false, false}}, // a title defines a person only
	} {
		sc := ix.scratch()
		qry := ix.analyze(tc.q, sc)
		ix.pool.Put(sc)
		var given func(analysis.Token) bool
		if qry.person {
			given = ix.givenName
		}
		defining := make(map[termID]uint32)
		for i, qt := range qry.terms {
			for _, a := range qt.alts {
				if a.phrase == nil {
					defining[a.term] |= 1 << i
				}
				for _, term := range a.phrase {
					defining[term] |= 1 << i
				}
			}
		}
		for sid, want := range tc.defines {
			toks := analysis.New().Analyze(nil, sentences[sid])
			if got := definition(sentences[sid], toks, ix.termIDs, defining, qry.defined, given); got != want {
				t.Errorf("%q: %q defines it: %v, want %v", tc.q, sentences[sid], got, want)
			}
		}
	}

	for bonus, want := range map[float64]string{0: sentences[0], DefaultParams().DefinitionBonus: sentences[1]} {
		p := DefaultParams()
		p.DefinitionBonus = bonus
		if got := firstQuote(t, ix.WithParams(p), "What is the CSTO?"); got != want {
			t.Errorf("DefinitionBonus %v: first answer %q, want %q", bonus, got, want)
		}
	}
}

// embeddedIndex returns an index of the embedded corpus.
func embeddedIndex(t testing.TB) *Index {
	t.Helper()
	c, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return New(c)
}

// firstQuote returns the first answer's quote to question q, "" when ix
// abstains.
func firstQuote(t *testing.T, ix *Index, q string) string {
	t.Helper()
	got, err := ix.Search(q, Options{K: 1})
	if err != nil {
		t.Fatalf("%q: %v", q, err)
	}
	if len(got) == 0 {
		return ""
	}
	return got[0].Quote
}

// TestListsNames checks which sentences enumerate the names a "which
// countries" question asks for.
func TestListsNames(t *testing.T) {
	sentences := []string{
		"The alliance includes Armenia, Belarus, Kyrgyzstan and Tajikistan.",
		"Kazakhstan is a member of the Eurasian Union, the CSTO and the CIS.",      // lists the CSTO's peers
		"At an airport outside Almaty, Kazakhstan, Russian troops boarded planes.", // no "and": an address
		"From left: Kyrgyzstan’s Foreign Minister Djembek Kurbayev, Tajikistan’s Foreign Minister Siroziddin Muhriddin and Uzbekistan’s Bakhtiyor Saidov.",
		"Armenia and Belarus joined the CSTO.", // two names: no enumeration
		"Kazakhstan, which has a long border with Russia, is in the CSTO.",
	}
	checkShapes(t, sentences, []shapeCase{
		{"Which countries are in the CSTO?", []bool{true, false, false, true, false, false}},
		{"Which five countries' ministers came?", []bool{true, true, false, true, false, false}},
		{"What did the CSTO do?", []bool{false, false, false, false, false, false}}, // asks no list
		{"Which countries besides Belarus are in the CSTO?", []bool{false, false, false, true, false, false}},
		{"Who are the members of the alliance?", []bool{true, true, false, true, false, false}},
		{"Who are the alliance's members?", []bool{false, false, false, false, false, false}}, // not the shape
		{"What are the countries of the alliance?", []bool{true, true, false, true, false, false}},
	}, "lists the names asked for", func(ix *Index, qry *query, pos map[termID]int, sentence string, toks []analysis.Token) bool {
		return qry.list != 0 && ix.listsNames(qry, pos, sentence, toks)
	})
}

// TestNamesHolder checks which sentences name a person by a role, of a
// name a "who" question writes or of another, and that such a sentence
// goes first only with Params.HolderBonus or Params.RoleBonus.
func TestNamesHolder(t *testing.T) {
	sentences := []string{
		"From left: Kyrgyzstan’s Foreign Minister Djembek Kurbayev and Turkmenistan’s Foreign Minister Rashit Meredou met in Astana.",
		"Ministers from Turkmenistan met in Astana with the C5+1 group.", // no person named
		"On Monday Turkmen President Serdar Berdimuhamedov stayed home.", // a related name's role
		"Turkmenistan’s president said nothing.",                         // a role, no one named
		"Turkmenistan’s Foreign Minister met Blinken.",                   // the one named is the question's
		"At the summit meeting, Blinken saw Uzbekistan’s President Shavkat Mirziyoyev and talked trade with him.",
		"After the summit, Blinken flew to the G20 Foreign Ministers’ Meeting.", // no role noun before a name
	}
	holder := func(asked bool) func(*Index, *query, map[termID]int, string, []analysis.Token) bool {
		return func(ix *Index, qry *query, pos map[termID]int, _ string, toks []analysis.Token) bool {
			held, of := ix.namesHolder(qry, pos, toks)
			return qry.who && (asked && of || !asked && held)
		}
	}
	ix := checkShapes(t, sentences, []shapeCase{
		{"Who represented Turkmenistan in Astana?", []bool{true, false, true, false, false, false, false}},
		{"Who met Blinken for Turkmenistan?", []bool{true, false, true, false, false, false, false}},
		{"What did Turkmenistan say in Astana?", []bool{false, false, false, false, false, false, false}}, // asks no person
	}, "names who holds a role of a name asked", holder(true))
	checkShapes(t, sentences, []shapeCase{
		{"Who did Blinken meet at the summit?", []bool{true, false, true, false, false, true, false}},
	}, "names a person by a role", holder(false))
	// Another sentence meets more of each question; the one naming the
	// person goes first with the bonus.
	noHolder, noRole := ix.p, ix.p
	noHolder.HolderBonus, noRole.RoleBonus = 0, 0
	for _, tc := range []struct {
		q          string
		off        Params
		with, want string
	}{
		{"Who represented Turkmenistan at the C5+1 meeting in Astana?", noHolder, sentences[0], sentences[1]},
		{"Who did Blinken meet at the summit?", noRole, sentences[5], sentences[6]},
	} {
		if got := firstQuote(t, ix, tc.q); got != tc.with {
			t.Errorf("%q: got %q, want %q", tc.q, got, tc.with)
		}
		if got := firstQuote(t, ix.WithParams(tc.off), tc.q); got != tc.want {
			t.Errorf("%q, bonus off: got %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestPairInitials checks that two capitals meet a name of two words the
// corpus writes with those initials, though the corpus writes the
// acronym too (Params.PairInitials): "US" meets "the United States".
func TestPairInitials(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{
		{ID: "a", Body: "The minister thanked the United States for its support."},
		{ID: "b", Body: "The US envoy met the press."},
	}))
	const q = "What did the minister thank the US for?"
	if got := firstQuote(t, ix, q); got != "The minister thanked the United States for its support." {
		t.Errorf("%q: got %q, want the thanks to the United States", q, got)
	}
	p := ix.p
	p.PairInitials = 0
	if got := firstQuote(t, ix.WithParams(p), q); got == "The minister thanked the United States for its support." {
		t.Errorf("%q, PairInitials 0: got %q, a sentence that meets no US", q, got)
	}
}

// TestStatesDestination checks which sentences take someone to a place
// a "where did X go" question does not name, and that "go" meets "flew".
func TestStatesDestination(t *testing.T) {
	sentences := []string{
		"The diplomat later flew to Uzbekistan after the talks.",
		"Nobody will let go of their partner.",
		"The money will mostly go to structures and NGOs.",
		"He will fly to neighboring Uzbekistan in the evening.",
		"After leaving Tashkent, he flew to New Delhi.",
		"The head of the ministry went to the talks.",
	}
	ix := checkShapes(t, sentences, []shapeCase{
		{"Where did the diplomat go after Astana?", []bool{true, false, false, true, true, false}},
		{"Where did he travel after Uzbekistan?", []bool{false, false, false, false, true, false}},   // Uzbekistan is where he came from
		{"What did the diplomat do after Astana?", []bool{false, false, false, false, false, false}}, // asks no place
	}, "states a destination", func(ix *Index, qry *query, pos map[termID]int, _ string, toks []analysis.Token) bool {
		return qry.motion != 0 && ix.statesDestination(qry, pos, toks)
	})
	// "go" meets "flew", and "let go of" takes no one anywhere.
	p := ix.p
	p.DestBonus = 0
	for _, run := range []struct {
		ix   *Index
		dest bool // a flight first
	}{{ix, true}, {ix.WithParams(p), false}} {
		got, err := run.ix.Search("Where did they go?", Options{K: 1})
		if err != nil || len(got) == 0 {
			t.Fatalf("got %v, %v", got, err)
		}
		if first := strings.Contains(got[0].Quote, "flew to") || strings.Contains(got[0].Quote, "fly to"); first != run.dest {
			t.Errorf("DestBonus %.2f: first %q", run.ix.p.DestBonus, got[0].Quote)
		}
	}
}

func TestAsksAndTellsTime(t *testing.T) {
	checkTokens(t, "opensWithDate", opensWithDate, map[string]bool{
		"When did Blinken visit Astana?":                  true,
		"In what year was the EAEU set up?":               true,
		"Which month did the troops leave?":               true,
		"Did Tokayev face rivals when he won?":            false, // "when" asks no date here
		"When rock folds deep down, what does it create?": false, // … nor here
		"What did Blinken say when he visited Astana?":    false,
		"Who visited Astana?":                             false,
		"On what date did the meeting begin?":             true,
		"Since when has Kazakhstan been in the CSTO?":     true,
	})
	checkTokens(t, "asksCalendar", asksCalendar, map[string]bool{
		"On what date did the meeting begin?": true,
		"In which year was the EAEU set up?":  true,
		"When did the meeting begin?":         false, // an event will do
	})
	anyTime := func(toks []analysis.Token) bool { return tellsTime(toks, false) }
	calendar := func(toks []analysis.Token) bool { return tellsTime(toks, true) }
	for s, want := range map[string][2]bool{ // any time, a calendar date
		"The next day, Blinken met the president.":        {true, false},
		"Blinken arrived on Tuesday.":                     {true, true},
		"The highway was built in the 1950s.":             {true, true},
		"In 2019 Tokayev became president.":               {true, true},
		"Thoreau's essay was published after the war.":    {true, false},
		"Over the past 15 years it received $20 billion.": {false, false}, // tells how long, not when
		"Kazakhstan is a member of the EAEU.":             {false, false},
	} {
		checkTokens(t, "tellsTime", anyTime, map[string]bool{s: want[0]})
		checkTokens(t, "tellsTime (calendar)", calendar, map[string]bool{s: want[1]})
	}
}

// TestAccordingToOutlet checks that "according to" before an outlet's name
// asks for that outlet's view: its sentence need not say "according".
func TestAccordingToOutlet(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{
		{ID: "a", Title: "Visit ends", Outlet: "Geofor", Body: "The sanctions had a positive effect on the economies of the region."},
		{ID: "b", Title: "Trade grows", Outlet: "Morning Star", Body: "According to the bank, the economies of the region grew by 4 percent."},
	}))
	const q = "How did the sanctions affect the region's economies, according to Geofor?"
	got, err := ix.Search(q, Options{K: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[0].Article.ID != "a" {
		t.Errorf("%q: got %v, want article a", q, got)
	}
	sc := ix.scratch()
	defer ix.pool.Put(sc)
	for _, qt := range ix.analyze(q, sc).terms {
		if qt.surface == "according" {
			t.Errorf("%q: \"according\" is a word to meet", q)
		}
	}
}

func TestAsksAndReportsSpeech(t *testing.T) {
	checkTokens(t, "asksWhatSaid", asksWhatSaid, map[string]bool{
		"What did Blinken discuss at the G20?":                                true,
		"What did Tileberdi tell Blinken about sanctions evasion?":            true,
		"What did Peskov tell TASS on March 1?":                               true,
		"What did Blinken say?":                                               true,
		"What did Tokayev say Blinken's visit would give new impetus to?":     false, // asks about the clause
		"What did Blinken say Russia's invasion caused in the region?":        false,
		"What did the Huguenots call themselves?":                             false, // "call": naming, not saying
		"What does complexity theory seek to answer?":                         false,
		"Who did Blinken tell about the funding?":                             false,
		"What did the European Bank for Reconstruction and Development find?": false,
		"What does Geofor say the visit changed?":                             false,
		"What did the visit change, says the Epoch Times":                     false, // "says" names the source
		"What has Tokayev said about the union?":                              true,
		"What was agreed at the G20 meeting?":                                 true,
		"What was said to have set off the unrest in Almaty?":                 false, // reported, not said
	})
	checkTokens(t, "reportsSpeech", reportsSpeech, map[string]bool{
		"Brinken flew to New Delhi to attend the G20 meeting.": false,
		"Kazakhstan exported grain last year.":                 false,
		"“We see no threat,” he said.":                         true,
		"We see no threat, he said.":                           true,
		"Tokayev thanked Blinken for his support.":             true,
		"The talks focused on trade.":                          true,
	})
}

// TestWithheld checks the phrases that say details were withheld, and
// that a "What did X…?" question is turned away by a sentence that names
// X only after one, and answered by one that names X before it.
func TestWithheld(t *testing.T) {
	checkTokens(t, "asksContent", asksContent, map[string]bool{
		"What did Biden write in his messages to Tokayev?": true,
		"What was in the three personal messages?":         true,
		"What Biden wrote":                                                false,
		"Who wrote the messages?":                                         false,
		"What did Biden send Tokayev?":                                    false, // the messages answer it
		"What exactly did Biden write in his messages?":                   false, // see whatClause
		"Biden sent Tokayev three messages - what did they actually say?": false,
	})
	whatContent := func(toks []analysis.Token) bool { return asksContent(whatClause(toks)) }
	checkTokens(t, "asksContent(whatClause)", whatContent, map[string]bool{
		"What did Biden write in his messages to Tokayev?":                true,
		"What exactly did Biden write in his messages?":                   true,
		"Biden sent Tokayev three messages - what did they actually say?": true,
		"So what did Biden send Tokayev?":                                 false,
		"Did Biden say what Tokayev wanted?":                              false, // "what" asks nothing here
		"Who knows what?":                                                 false,
	})
	withheld := func(toks []analysis.Token) bool { return withheldFrom(toks) >= 0 }
	checkTokens(t, "withheldFrom", withheld, map[string]bool{
		"Tokayev said, without elaborating, that Biden had sent him three messages.": true,
		"The ministry declined to comment.":                                          true,
		"He didn't specify which projects.":                                          true,
		"She spoke without giving details.":                                          true,
		"No details were released.":                                                  true,
		"Kazakhstan refused to join the union.":                                      false,
		"He elaborated on the plan without notes.":                                   false,
	})
	c := corpus.New([]corpus.Article{{ID: "a", Title: "Report", Outlet: "Geofor", URL: "https://example.com/a", Body: strings.Join([]string{
		"Tokayev said, without elaborating, that Biden had sent him two letters.",
		"Filler one stands here. Filler two stands here.",
		"The harvest was good.",
	}, "\n\n")}})
	on := New(c)
	p := DefaultParams()
	p.NeedContent = false
	off := on.WithParams(p)
	const sentence = "Tokayev said, without elaborating, that Biden had sent him two letters."
	for _, tc := range []struct {
		question string
		on, off  string
	}{
		{"What did Biden write in his letters to Tokayev?", "", sentence},
		{"What exactly did Biden write in his letters to Tokayev?", "", sentence}, // the subject is Biden, not "exactly"
		{"so biden sent tokayev two letters - what did they actually say?", "", sentence},
		{"What did Tokayev say about Biden?", sentence, sentence},
	} {
		for _, run := range []struct {
			ix   *Index
			want string
		}{{on, tc.on}, {off, tc.off}} {
			if q := firstQuote(t, run.ix, tc.question); q != run.want {
				t.Errorf("%q (NeedContent %v): got %q, want %q", tc.question, run.ix.p.NeedContent, q, run.want)
			}
		}
	}
}

// TestMeans checks that "How did X…?" prefers a sentence that states a
// means, and only for that shape of question.
func TestMeans(t *testing.T) {
	checkTokens(t, "asksHow", asksHow, map[string]bool{
		"How is China increasing its influence in Central Asia?": true,
		"How do migrants help their countries' economies?":       true,
		"How did the Kremlin react to the trip?":                 false, // a reaction, not a means
		"How did the Central Asian states vote?":                 false,
		"How did Tokayev describe relations with Washington?":    false,
		"How many troops were sent?":                             false,
		"How big is Kazakhstan?":                                 false,
		"Why did China increase its influence?":                  false,
	})
	checkTokens(t, "statesMeans", statesMeans, map[string]bool{
		"China grows its influence through its investments.": true,
		"Migrants help by sending their salaries home.":      true,
		"Goods reach Europe via Russia.":                     true,
		"China has a growing influence.":                     false,
		"The road was built by the state.":                   false, // an agent, not a means
	})
	checkBonusDecides(t, "How does China increase its influence in Asia?", func(p *Params) *float64 { return &p.MeansBonus },
		"China increases its influence in Asia.",
		"China increases its influence in Asia through loans and new roads.")
}

// checkBonusDecides checks that, in an article of the paragraphs of
// other and want, with filler between them, question q is answered
// first with want when the bonus that field points at has its default
// value, and with another sentence when it is 0.
func checkBonusDecides(t *testing.T, q string, field func(*Params) *float64, other, want string) {
	t.Helper()
	ix := New(corpus.New([]corpus.Article{{ID: "a", Title: "Report", Outlet: "Geofor", URL: "https://example.com/a",
		Body: other + "\n\nFiller one stands here. Filler two stands here.\n\n" + want}}))
	for _, on := range []bool{false, true} {
		p := DefaultParams()
		if !on {
			*field(&p) = 0
		}
		if got := firstQuote(t, ix.WithParams(p), q); (got == want) != on {
			t.Errorf("%q, bonus on %v: first answer %q", q, on, got)
		}
	}
}

// TestFormerName checks that a question asking for a former name is told
// by its shape, weighs its asking words little, and prefers a sentence
// that gives a former name.
func TestFormerName(t *testing.T) {
	asks := func(toks []analysis.Token) bool {
		return formerNameWords(toks, func(w, of string) bool { return w == "befor" && of == "before" }) != nil
	}
	checkTokens(t, "formerNameWords", asks, map[string]bool{
		"What was Astana called before?":           true,
		"what was astana called befor":             true, // misspelt
		"What was the city formerly known as?":     true,
		"What is the old name of the capital?":     true,
		"What was the capital's previous name?":    true,
		"Who called Blinken before the talks?":     false, // "before" is not the name's
		"What did Blinken say before leaving?":     false,
		"What is the name of Tajikistan's leader?": false,
		"How old is the palace?":                   false,
	})
	checkTokens(t, "statesFormerName", statesFormerName, map[string]bool{
		"The capital, earlier known as Nur-Sultan, is cold.": true,
		"The city was renamed in 2019.":                      true,
		"Its old name was Akmola.":                           true,
		"The city, known as the capital, is cold.":           false,
		"He called the talks productive before leaving.":     false,
	})
	checkBonusDecides(t, "What was Aktau called before?", func(p *Params) *float64 { return &p.FormerBonus },
		"Talks were held in Aktau. The minister called them useful.",
		"Aktau, earlier known as Shevchenko, lies on the Caspian Sea.")

	// The sentence that gives the former name is looked for beyond the
	// few best: in the embedded corpus a dozen sentences name Astana
	// before the one that names it only by its role.
	ix := embeddedIndex(t)
	for _, q := range []string{"What was the old name of Astana?", "whats the old name of astana"} {
		if got := firstQuote(t, ix, q); !strings.Contains(got, "earlier known as Nur-Sultan") {
			t.Errorf("%q: first answer %q, want the one that gives Nur-Sultan", q, got)
		}
	}
}

// TestNamedNoun checks which thing a question asks the name of, and that
// a sentence bringing it in with "a" or "an" and no name does not answer
// it, while one that names it does.
func TestNamedNoun(t *testing.T) {
	an := analysis.New()
	for q, want := range map[string]string{
		"What is the name of the palace where Blinken met Tokayev?":    "palace",
		"What is the name of Tajikistan's president?":                  "president",
		"What is the name of the Russian military base in Tajikistan?": "base",
		"Uzbek president's name?":                                      "president",
		"Kyrgyz foreign minister name":                                 "minister",
		"What was Astana's old name?":                                  "", // a former name
		"When did the capital change its name back?":                   "",
		"Who named the palace?":                                        "",
	} {
		if got := namedNoun(an.Analyze(nil, q)); got != want {
			t.Errorf("namedNoun(%q) = %q, want %q", q, got, want)
		}
	}
	const q = "What is the name of the palace where Blinken met Tokayev?"
	for _, tc := range []struct {
		sentence string
		answered bool
	}{
		{"Blinken entered an imposing blue-domed palace to see President Tokayev.", false},
		{"Blinken met Tokayev in the Akorda palace.", true},
		{"Blinken met Tokayev in a palace called Akorda.", true},
		{"Blinken met Tokayev in a palace.", false},
		{"Blinken met Tokayev in the capital.", true}, // no palace: may name it otherwise
	} {
		ix := New(corpus.New([]corpus.Article{{ID: "a", Body: tc.sentence + "\n\nNothing else happened here at all."}}))
		got, err := ix.Search(q, Options{K: 1})
		if err != nil {
			t.Fatal(err)
		}
		if (len(got) > 0) != tc.answered {
			t.Errorf("%q answered by %q: %v, want %v", q, tc.sentence, len(got) > 0, tc.answered)
		}
	}
}

// checkTokens checks a predicate on analysed text, given as
// func([]analysis.Token) bool or func(string, []analysis.Token) bool,
// against the answer each text of cases should get.
func checkTokens(t *testing.T, name string, pred any, cases map[string]bool) {
	t.Helper()
	an := analysis.New()
	for text, want := range cases {
		toks := an.Analyze(nil, text)
		var got bool
		switch f := pred.(type) {
		case func([]analysis.Token) bool:
			got = f(toks)
		case func(string, []analysis.Token) bool:
			got = f(text, toks)
		default:
			t.Fatalf("checkTokens: %s has type %T", name, pred)
		}
		if got != want {
			t.Errorf("%s(%q) = %v, want %v", name, text, got, want)
		}
	}
}

// TestOutletVoice checks that a verb of viewing or saying right after an
// outlet's name is not looked for: the article speaks in its own voice and
// never writes "we describe". Said by someone else, it stays.
func TestOutletVoice(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{{ID: "a", Outlet: "Geofor", Body: "Blinken entered a palace.\n\nReporters describe the hall.\n\nBlinken said little."}}))
	for _, tc := range []struct {
		q       string
		on, off []string // the words looked for with Params.OutletVerb, and without
	}{
		{"How does Geofor describe the palace?", []string{"geofor", "palace"}, []string{"geofor", "describe", "palace"}},
		{"in Geofor's view, what did Blinken enter", []string{"geofor", "blinken", "enter"}, []string{"geofor", "view", "blinken", "enter"}},
		{"What did Blinken say, according to Geofor?", []string{"blinken", "say", "geofor"}, []string{"blinken", "say", "geofor"}},
	} {
		p := ix.p
		p.OutletVerb = false
		for _, run := range []struct {
			ix   *Index
			want []string
		}{{ix, tc.on}, {ix.WithParams(p), tc.off}} {
			sc := run.ix.scratch()
			qry := run.ix.analyze(tc.q, sc)
			run.ix.pool.Put(sc)
			var got []string
			for _, qt := range qry.terms {
				got = append(got, qt.surface)
			}
			if !slices.Equal(got, run.want) {
				t.Errorf("%q (OutletVerb %v): words %q, want %q", tc.q, run.ix.p.OutletVerb, got, run.want)
			}
		}
	}
}

// TestRespell checks that a question's misspelt words are read as the words
// they misspell before its shape is read, and that names, English words and
// misspellings of two words alike are left alone.
func TestRespell(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: "Kazakhstan and Russia are members of the bloc. " +
		"The economic plan helps the economies of the countries. Tokayev met officials. The train left by the trail. Russia has a large share of trade."}}))
	for _, tc := range []struct{ q, want string }{
		{"Wich countris are members?", "which countries are members"},
		{"whre did tokayev meet officals", "where did tokayev meet officials"},
		{"How did the plan help the economis?", "how did the plan help the economies"}, // a letter short of "economies", not of "economic"
		{"When did the trai leave?", "when did the trai leave"},                        // "train" or "trail"?
		{"What did the bloc shre?", "what did the bloc share"},                         // not the stop word "she"
		{"Did the plan suceed?", "did the plan succeed"},                               // an English word the corpus lacks
		{"Is rusia in the bloc?", "is rusia in the bloc"},                              // near a name: the names' business
		{"It wasnt the bloc", "it was the bloc"},                                       // "wasn't", as the analyser reads it
		{"wat did the plan help?", "what did the plan help"},                           // first, "wat" is "what", English though it is
		{"What was the old naem of the bloc?", "what was the old name of the bloc"},    // not "naeem", a letter longer but far rarer
		{"Which countrys are members?", "which countries are members"},                 // "-ys" for "-ies"
		{"Which days are members?", "which days are members"},                          // a vowel before the "y"
		{"hw many countries are members", "how many countries are members"},
		{"The plan wat helped", "the plan wat helped"},                            // … elsewhere, it is not
		{"did teh plan help", "did the plan help"},                                // two letters of a short stop word swapped
		{"who won teh bloc", "who won the bloc"},                                  // "won": English, and common
		{"hwo did the plan help", "hwo did the plan help"},                        // "who" or "how"? No guess
		{"Did Tokayv meet officials?", "did tokayv meet officials"},               // a name: the variants' business
		{"Which counties are members?", "which counties are members"},             // an English word
		{"Wjere did Tokayev meet officials?", "where did tokayev meet officials"}, // before "did", a question word, not "were"
		{"Were did Tokayev meet officials?", "where did tokayev meet officials"},  // no question opens with two auxiliaries
		{"Were the officials members?", "were the officials members"},
	} {
		sc := ix.scratch()
		sc.toks = sc.an.Analyze(sc.toks[:0], tc.q)
		ix.respell(sc)
		var words []string
		for _, tok := range sc.toks {
			words = append(words, tok.Surface)
		}
		ix.pool.Put(sc)
		if got := strings.Join(words, " "); got != tc.want {
			t.Errorf("%q: read as %q, want %q", tc.q, got, tc.want)
		}
	}
	got, err := ix.Search("Wich countris are members of the bloc?", Options{K: 1, Explain: true})
	if err != nil || len(got) == 0 {
		t.Fatalf("got %v, %v", got, err)
	}
	if !slices.ContainsFunc(got[0].Explain.Parts, func(p ExplainPart) bool { return strings.HasPrefix(p.What, "holds the kind of answer") }) {
		t.Errorf("\"Wich countris…?\" answered by %q, not read as asking for names: %v", got[0].Quote, got[0].Explain.Parts)
	}
}

// TestSurnameAfter checks that a surname the corpus lacks, right after a
// forename it meets, is read as the surname the corpus writes after that
// forename when they share a first letter, and is otherwise a name the
// corpus lacks, which turns the question away.
func TestSurnameAfter(t *testing.T) {
	const kurbayev = "Kyrgyzstan’s Foreign Minister Djembek Kurbayev arrived in Astana on Monday."
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: kurbayev + "\n\nPresident Kassym-Jomart Tokayev met the ministers on Tuesday."}}))
	for _, tc := range []struct {
		q, want string
	}{
		{"When did Jeenbek Kulubaev arrive in Astana?", kurbayev}, // Djembek, then Kurbayev
		{"When did Djembek Kurbayev arrive in Astana?", kurbayev},
		{"When did Djembek Smith arrive in Astana?", ""},     // another first letter
		{"When did President Kibaki arrive in Astana?", ""},  // a title, no forename
		{"When did Minister Kulubaev arrive in Astana?", ""}, // nor a role
	} {
		if got := firstQuote(t, ix, tc.q); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestDropOwnWords checks that a question word is not met by a word the
// question itself uses for another of its words: "say" is not met by the
// "States" of "United States" when the question names the United States.
func TestDropOwnWords(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: "Blinken said he would visit the United States of Mexico.\n\nThe United States has fifty states."}}))
	for _, tc := range []struct {
		q    string
		want bool // "say" keeps the synonym "state"
	}{
		{"What did Blinken say about the United States?", false},
		{"What did Blinken say?", true},
	} {
		sc := ix.scratch()
		qry := ix.analyze(tc.q, sc)
		ix.pool.Put(sc)
		i := slices.IndexFunc(qry.terms, func(qt qterm) bool { return qt.surface == "say" })
		if i < 0 {
			t.Fatalf("%q: no term for say", tc.q)
		}
		got := slices.ContainsFunc(qry.terms[i].alts, func(a alt) bool { return strings.Contains(a.how, `"state"`) })
		if got != tc.want {
			t.Errorf("%q: say meets \"state\": %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestLightVerb checks that a verb that says little before its object
// weighs little (Params.LightVerb): "pay attention" is not met by "paid
// an official visit", and the sentence on what Moscow ignored comes first.
func TestLightVerb(t *testing.T) {
	const ignored = "Moscow practically ignored the visit."
	ix := New(corpus.New([]corpus.Article{
		{ID: "a", Body: "The minister paid a visit."},
		{ID: "b", Body: ignored},
		{ID: "c", Body: "Moscow is a large city."},
		{ID: "d", Body: "The press turned its attention elsewhere."},
	}))
	p := ix.p
	p.LightVerb = 0
	for _, tc := range []struct {
		ix   *Index
		want bool // the sentence on what Moscow ignored first
	}{{ix, true}, {ix.WithParams(p), false}} {
		if got := firstQuote(t, tc.ix, "Did Moscow pay attention to the visit?") == ignored; got != tc.want {
			t.Errorf("LightVerb %.2f: %q first: %v, want %v", tc.ix.p.LightVerb, ignored, got, tc.want)
		}
	}
	sc := ix.scratch()
	defer ix.pool.Put(sc)
	for _, tc := range []struct {
		q, verb string
		light   bool
	}{
		{"Did Moscow pay attention to the visit?", "pay", true},
		{"Did Moscow pay much attention to the visit?", "pay", true},
		{"Did Kazakhstan take part in the talks?", "take", true},
		{"Can America make up for the money?", "make", false}, // a phrasal verb
		{"How much did the US pay?", "pay", false},            // no object
	} {
		qry := ix.analyze(tc.q, sc)
		i := slices.IndexFunc(qry.terms, func(qt qterm) bool { return qt.surface == tc.verb })
		if i < 0 {
			t.Fatalf("%q: no term %q", tc.q, tc.verb)
		}
		full := ix.WithParams(p).analyze(tc.q, sc).terms[i].mass
		if light := qry.terms[i].mass < full; light != tc.light {
			t.Errorf("%q: %q weighs %.2f of %.2f; light %v, want %v", tc.q, tc.verb, qry.terms[i].mass, full, light, tc.light)
		}
	}
}
