package answers

import (
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot/answers/analysis"
	"github.com/citebot/citebot/corpus"
)

// TestSmallCorpora runs the engine on corpora too small for its usual
// assumptions: no sentence at all, one sentence, a title-only word.
func TestSmallCorpora(t *testing.T) {
	one := corpus.New([]corpus.Article{{ID: "a", Title: "Geofor report", Outlet: "Geofor", URL: "https://example.com/a", Body: "Tokayev met Blinken in Astana."}})
	empty := corpus.New([]corpus.Article{{ID: "e", Title: "Empty", Outlet: "Nobody", URL: "https://example.com/e", Body: ""}})
	tests := []struct {
		name    string
		c       *corpus.Corpus
		q       string
		answers int
	}{
		{"empty corpus", empty, "Who met Blinken?", 0},
		{"one sentence", one, "Who met Blinken in Astana?", 1},
		{"one sentence, misspelt", one, "Who met Blinkn in Astana?", 1},
		{"one sentence, off topic", one, "How do I bake bread?", 0},
		{"title-only word", one, "Whom did Tokayev meet, according to Geofor?", 1},
		{"title-only words alone", one, "What does Geofor report?", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := New(tt.c)
			got, err := ix.Search(tt.q, Options{K: 3, Explain: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.answers {
				t.Errorf("%q: %d answers, want %d: %+v", tt.q, len(got), tt.answers, got)
			}
			ix.Suggest("", 5)
			ix.Suggest("to", 5)
			if _, ok := ix.Lookup("missing", 0); ok {
				t.Error("Lookup found a missing article")
			}
		})
	}
}

// TestOffsets checks paging with odd offsets: a negative offset is the
// first page, an offset past the answers gives none.
func TestOffsets(t *testing.T) {
	ix := New(corpus.New([]corpus.Article{{ID: "a", Title: "Report", Outlet: "Geofor", URL: "https://example.com/a", Body: "Tokayev met Blinken in Astana.\n\nBlinken flew to Tashkent after Astana."}}))
	first, err := ix.Search("Blinken in Astana", Options{K: 1})
	if err != nil || len(first) != 1 {
		t.Fatalf("first page: %v, %v", first, err)
	}
	tests := []struct {
		offset  int
		answers int
	}{
		{-1, 1},
		{-100, 1},
		{0, 1},
		{1, 1},
		{5, 0},
	}
	for _, tt := range tests {
		got, err := ix.Search("Blinken in Astana", Options{K: 1, Offset: tt.offset})
		if err != nil {
			t.Fatalf("offset %d: %v", tt.offset, err)
		}
		if len(got) != tt.answers {
			t.Errorf("offset %d: %d answers, want %d", tt.offset, len(got), tt.answers)
			continue
		}
		if tt.offset <= 0 && got[0].Quote != first[0].Quote {
			t.Errorf("offset %d: %q, want the first page's %q", tt.offset, got[0].Quote, first[0].Quote)
		}
	}
}

// TestCapitalsQuestion checks that a question typed in capitals is
// answered as it is in ordinary case: its stop words are not read as
// acronyms the corpus lacks, while an acronym the corpus uses still counts.
func TestCapitalsQuestion(t *testing.T) {
	ix := embeddedIndex(t)
	tests := []struct{ lower, upper string }{
		{"Who did Blinken meet in Astana?", "WHO DID BLINKEN MEET IN ASTANA?"},
		{"What is the CSTO?", "WHAT IS THE CSTO?"},
		{"How much money did Blinken promise?", "HOW MUCH MONEY DID BLINKEN PROMISE?"},
		{"What did the US promise?", "WHAT DID THE US PROMISE?"},
		{"What excuse did Putin give for invading Ukraine?", "WHAT EXCUSE DID PUTIN GIVE FOR INVADING UKRAINE?"},
		{"What was the weather like in Astana during the meeting?", "WHAT WAS THE WEATHER LIKE IN ASTANA DURING THE MEETING?"},
	}
	for _, tt := range tests {
		want, err := ix.Search(tt.lower, Options{K: 1})
		if err != nil || len(want) != 1 {
			t.Fatalf("%q: %v, %v", tt.lower, want, err)
		}
		got, err := ix.Search(tt.upper, Options{K: 1})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].Quote != want[0].Quote {
			t.Errorf("%q: %v, want %q as for %q", tt.upper, got, want[0].Quote, tt.lower)
		}
	}
}

// FuzzSearch asks the embedded corpus anything: a question either gets an
// error from CleanQuestion or answers whose quotes are sentences of the
// corpus, and Unmentioned returns parts of the question.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{
		"What did Xi Jinping say about Blinken's visit?", "How many personal messages did Biden send?",
		"how long did the trip last", "What share of trade is with Russia?", "When was the EEU set up?",
		"Uzbek president's name?", "what initiatves are inculded", "'s", "How", "how many", "Xi Xi Xi",
		"In Kassym-Jomart's view, according to", "What does Kassym-Jomart Tokayev say", "how much of per each",
		"Where did the C5+1 meeting take place?", "last year", "according to",
		"Which countries are in the CSTO?", "Where did Blinken go after Astana?", "When will Uzbekistan join the EAEU?",
		"What did the visit change, according to Geofor?", "When rock folds, what forms?",
		"What did Blinken discuss at the G20?", "Name of Tajikistan's president?", "Who is 's president", "name of",
		"Hey, who? Thanks!", "What did Tony Blinken say?", "How old is Antony Blinken?", "How many countries voted?", "Tajik",
		"What did Blinken say to the president of Turkmenistan?", "Who won in 2019 through 2020?", "Kazah capital", "Blinen",
		"Q: what? lol", "Question:", "Does anyone know", "tl;dr", "What did Blinken actually say <:hm:1> <t:1:R>?",
		"What'd", "whyd", "wheres Astana", "How's", "what’s", "Mr. Blinken", "Secretary of State Blinken", "Good morning!",
		"Who? Source please.", "? Sources?", "x. Y", "Mr. X? Cite", "What? Be brief.", "x. Why?",
	} {
		f.Add(q)
	}
	c, err := corpus.Embedded()
	if err != nil {
		f.Fatal(err)
	}
	ix := New(c)
	f.Fuzz(func(t *testing.T, q string) {
		got, err := ix.Search(q, Options{K: 3, Explain: true})
		if err != nil {
			return
		}
		for _, a := range got {
			if a.Sentence < 0 || a.Sentence >= len(c.Sentences) || a.Quote != c.Text(a.Sentence) {
				t.Fatalf("%q: quote %q is not sentence %d", q, a.Quote, a.Sentence)
			}
		}
		names, err := ix.Unmentioned(q)
		if err != nil {
			t.Fatalf("%q: Search took it, Unmentioned did not: %v", q, err)
		}
		clean, _ := CleanQuestion(q)
		for _, n := range names {
			if !strings.Contains(clean, n) {
				t.Fatalf("%q: unmentioned %q is not in the question", q, n)
			}
		}
	})
}

// FuzzSentenceShapes reads any sentence for the shapes that answer a
// question's form: an enumeration of names (listsNames), a destination
// (statesDestination), a time (tellsTime). None may fail on any text.
func FuzzSentenceShapes(f *testing.F) {
	for _, s := range []string{
		"The alliance includes Armenia, Belarus, Kyrgyzstan and Tajikistan.",
		"From left: Kyrgyzstan’s Foreign Minister Djembek Kurbayev, and Uzbekistan’s Bakhtiyor Saidov in Astana.",
		"He will fly to neighboring Uzbekistan in the evening.", "Moscow-led, Kassym-Jomart, and the the", "’s ’s, and",
		"A, B, and C", ", and", "to", "The next day, in the 1950s.",
		"What did Tokayev say Blinken's visit would give new impetus to?", "Name of Tajikistan's president?",
		"What is the name of Kyrgyzstan's president", "what did", "Who is 's", "“We see no threat,” he said.",
		"said, without elaborating, that", "declined to", "without giving", "didn't",
		"the capital Astana, Blinken", "President Kassym-Jomart Tokayev. The president", "Secretary of", "the the president", "mentioned in the articles", "according to the news",
		"What? Thanks!", "t-y", "x cheer-s", "thank you so much", "quick q: so btw", "Based on the articles,", "all five countries abstained", "one of the",
		"the 66-year-old", "aged", "Four thousand emigrated", "I have a question. Who?", "Can you help me? What", "x: y. z?",
		"the president of Turkmenistan", "the of The", "Q: who", "question", "Excuse me", "tl;dr", "Any idea", "Does anyone know",
		"What was Astana called before?", "earlier known as", "old name", "name of", "Uzbek president's name", "name",
		"share of trade", "year", "What? And who said it?", "? Why?", "uzbkstan", "",
	} {
		f.Add(s)
	}
	ix := New(corpus.New([]corpus.Article{{ID: "a", Body: "Armenia and Belarus joined the CSTO. Blinken flew to Uzbekistan."}}))
	an := analysis.New()
	f.Fuzz(func(t *testing.T, s string) {
		toks := an.Analyze(nil, s)
		sc := ix.scratch()
		defer ix.pool.Put(sc)
		for _, q := range []string{"Which countries are in the CSTO?", "Where did Blinken go after Astana?", "How many countries voted?"} {
			qry := ix.analyze(q, sc)
			pos := qry.termPositions(ix)
			ix.listsNames(qry, pos, s, toks)
			ix.statesDestination(qry, pos, toks)
			ix.countsNoun(qry, pos, toks)
		}
		tellsAge(toks)
		tellsTime(toks, false)
		asksCalendar(toks)
		reportsSpeech(s, toks)
		statesMeans(toks)
		asksHow(toks)
		roles := roleReferents{}
		roles.learn(s, toks)
		roles.appendReferents(toks)
		if i := withheldFrom(toks); i > len(toks) {
			t.Fatalf("withheldFrom(%q) = %d, past its %d tokens", s, i, len(toks))
		}
		// Questions are read with the same shapes.
		opensWithDate(toks)
		asksWhatSaid(toks)
		asksContent(toks)
		if kept := chatter(s, slices.Clone(toks)); len(kept) > len(toks) {
			t.Fatalf("chatter(%q) kept %d of %d tokens", s, len(kept), len(toks))
		}
		if n := requestFrame(toks); n < 0 || n > len(toks) {
			t.Fatalf("requestFrame(%q) = %d of %d tokens", s, n, len(toks))
		}
		if n := courtesy(s, toks); n < 0 || n > len(toks) {
			t.Fatalf("courtesy(%q) = %d of %d tokens", s, n, len(toks))
		}
		if n := corpusReference(toks); n < 0 || n > len(toks) {
			t.Fatalf("corpusReference(%q) = %d of %d tokens", s, n, len(toks))
		}
		attribute(toks)
		attributeOfName(toks)
		for _, i := range formerNameWords(toks, func(w, of string) bool { return w != of }) {
			if i < 0 || i >= len(toks) {
				t.Fatalf("formerNameWords(%q) names token %d of %d", s, i, len(toks))
			}
		}
		statesFormerName(toks)
		namedNoun(toks)
		keywordQuestion(toks)
		if n := followUp(s, toks); n < 0 || n > len(toks) {
			t.Fatalf("followUp(%q) = %d of %d tokens", s, n, len(toks))
		}
		for _, q := range []string{"What is the name of the palace?", "What did Kurbayev say?"} {
			qry := ix.analyze(q, sc)
			c := candidate{sid: 0}
			if qry.named != 0 {
				ix.unnamedNoun(qry, &c, sc)
			}
			qry.speechSubject()
		}
		if dropsLetters(s, "uzbekistan") && (len(s) >= len("uzbekistan") || s[0] != 'u') {
			t.Fatalf("dropsLetters(%q, uzbekistan): not a word with letters dropped", s)
		}
		if dropsLetters("uzb", s) && len(s) <= 3 {
			t.Fatalf("dropsLetters(uzb, %q): no letter dropped", s)
		}
	})
}
