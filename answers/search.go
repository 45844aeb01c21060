package answers

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/answers/analysis"
	"github.com/citebot/citebot/answers/internal/thesaurus"
	"github.com/citebot/citebot/corpus"
)

// maxTerms bounds the content terms of a question taken into account; the
// rarest win. It is the width of the per-sentence match mask.
const maxTerms = 32

// alt is one way a question term can be met in a sentence.
type alt struct {
	term   termID
	weight float64
	idf    float64
	how    string   // for Explain
	phrase []termID // when set, all of these must be present instead of term
}

// qterm is one content word of the question with its alternatives.
type qterm struct {
	surface      string
	vec          int32   // its word vector's row, -1 if none (see indexData.termVec)
	name         bool    // the corpus writes it as a name
	focus        bool    // it names the attribute asked for: "population" in "What is the population of…"
	cased        bool    // the question writes it with a capital, not as its first word
	former       bool    // it asks for a former name (see formerNameWords)
	misspeltName bool    // a misspelling of a name: "Brinen" (see query.misspeltNames)
	minor        bool    // it only stresses the question, titles a name or asks for an amount: "actually", "Mr.", "long" in "how long"
	mass         float64 // the idf weight it carries in coverage
	ctxMax       float64 // when above 0, the most it scores by standing beside the sentence, in the title or as the outlet (see creditOf)
	alts         []alt
}

// query is an analysed question.
type query struct {
	terms  []qterm
	mass   float64 // sum of terms' mass
	want   answerType
	unit   amountUnit // for an amount: what it is counted in, if the question says
	qterms []termID   // the exact terms of the question, for the answer-type check
	// strangers are the names the question writes (capitalised, not its
	// first word) that the corpus holds in no form: "Xi", "Jinping", as
	// byte spans of the question.
	strangers     [][2]int
	misspeltNames uint32 // terms that misspell names ("Brinen"): they meet the question's names, but are none of them
	names         uint32 // the terms the corpus writes as names
	counted       uint32 // the terms of the noun "how many" counts: "personal messages" in "How many personal messages…"
	deed          uint32 // the term of the verb after the counted noun: "voted" in "How many countries voted…"
	exact         bool   // "Exactly how many…?": a round figure ("tens of thousands") counts nothing (see roundNumbers)
	per           uint32 // the terms of the noun an amount is asked per: "country" in "How much per country?", "country" and "get" in "each country get"
	outlets       uint32 // the terms that may name an outlet (see outletNames)
	owners        uint32 // the names the question writes as owners: "Uzbekistan" in "Uzbekistan's border"
	source        uint32 // the words of whom the question asks the view of, outlets aside (see sourceWords)
	why           bool   // the question asks for a reason
	asksDate      bool   // the question opens by asking for a date: "When…", "In what year…"
	calendar      bool   // … a calendar date, not any time: "On what date…" (see asksCalendar)
	how           bool   // "How is China increasing its influence?": the answer may state a means (see asksHow)
	former        uint32 // the terms that ask for a former name: "called before" in "What was Astana called before?" (see formerNameWords)
	asksSpeech    bool   // "What did Blinken discuss…?": the answer reports what was said
	asksContent   bool   // "What did Biden write…?": its first term is the subject whose words or content are asked (see asksContent)
	motion        uint32 // the verb of motion a "where" question asks with: "go" in "Where did Blinken go next?"
	list          uint32 // the term of the noun a question asks several names of: "countries" in "Which countries…" (see listNoun)
	defined       uint32 // the terms of what "What is X?" asks to define (see definedWords)
	person        bool   // … and it asks "Who is X?"
	who           bool   // it asks who or whom
	named         uint32 // the term of the thing whose name the question asks for: "palace" in "What is the name of the palace…?" (see namedNoun)
	// focusOwners are the names of a question that asks for an
	// attribute, the attribute's own aside: "Tajikistan" in "Who is the
	// president of Tajikistan?" or "Who is Tajikistan's president?".
	focusOwners uint32
	possessive  bool // the attribute is asked in the possessive: "Tajikistan's president"
}

// slot is a sentence's running score and the mask of question terms it
// holds, side by side so that a posting costs one cache line, not two.
type slot struct {
	acc  float32
	mask uint32
}

// scratch holds per-query buffers, pooled.
type scratch struct {
	slots       []slot // by sentence
	touched     []uint32
	gramCount   []uint16
	gramTouched []uint32
	runesA      []rune
	runesB      []rune
	dist        []int
	toks        []analysis.Token
	an          *analysis.Analyzer
}

func (sc *scratch) gramCounts(n int) []uint16 {
	if len(sc.gramCount) < n {
		sc.gramCount = make([]uint16, n)
	}
	return sc.gramCount
}

func (ix *Index) scratch() *scratch {
	if sc, ok := ix.pool.Get().(*scratch); ok {
		return sc
	}
	n := len(ix.sentLen)
	return &scratch{slots: make([]slot, n), an: analysis.NewLimited(questionWords)}
}

// questionWords bounds the words a pooled question analyzer caches.
const questionWords = 4096

// candidate is a sentence being ranked.
type candidate struct {
	sid       uint32
	own       float64 // BM25 of the sentence itself
	score     float64
	cover     float64
	mask      uint32  // question terms met in the sentence
	ctx       uint32  // … met only in a neighbour
	back      uint32  // … of those, met in the sentence before one that refers back to it
	para      uint32  // … met only elsewhere in the paragraph
	title     uint32  // … met only in the title
	src       uint32  // … met only in the outlet's name
	typed     bool    // holds the kind of thing asked for
	unit      bool    // … counted in the unit asked for (see amountUnit)
	near      float64 // share of the question's adjacent word pairs that stand close in the sentence
	soft      float64 // share of the question met by words close in meaning (see softMatch)
	counts    bool    // counts what "how many" asks about (see countsNoun)
	rate      bool    // states an amount per what the question asks it per (see statesRate)
	lists     bool    // enumerates names the question does not (see listsNames)
	holder    bool    // names a person by a role of a name the question writes (see namesHolder)
	role      bool    // names a person by a role of another name (see namesHolder)
	dest      bool    // takes someone to a place the question does not name (see statesDestination)
	reason    bool    // states a reason or purpose (see statesReason)
	means     bool    // states a means (see statesMeans)
	renamed   bool    // gives a former name (see statesFormerName)
	defines   bool    // defines what "What is X?" asks about (see definition)
	closeMass float64 // question words the corpus lacks that the sentence meets by a word close in meaning (Params.CoverClose)
}

// Unmentioned returns the names a question writes that the corpus holds in
// no form, not even misspelt, as the question writes them ("Xi Jinping"),
// with neighbouring words joined: a question about them gets no answer,
// and a reader may like to know why. The error is one of CleanQuestion's.
func (ix *Index) Unmentioned(question string) ([]string, error) {
	q, err := CleanQuestion(question)
	if err != nil {
		return nil, err
	}
	sc := ix.scratch()
	defer ix.pool.Put(sc)
	qry := ix.analyze(q, sc)
	var spans [][2]int
	for _, sp := range qry.strangers {
		if n := len(spans); n > 0 && strings.TrimSpace(q[spans[n-1][1]:sp[0]]) == "" {
			spans[n-1][1] = sp[1] // "Xi" and "Jinping" are one name
			continue
		}
		spans = append(spans, sp)
	}
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = q[sp[0]:sp[1]]
	}
	return out, nil
}

// Search returns the best answers to question, best first, or none when the
// corpus does not answer it. The error is one of CleanQuestion's.
func (ix *Index) Search(question string, opt Options) ([]Answer, error) {
	q, err := CleanQuestion(question)
	if err != nil {
		return nil, err
	}
	k := opt.K
	if k <= 0 {
		k = 3
	}
	offset := max(0, opt.Offset)
	sc := ix.scratch()
	defer ix.pool.Put(sc)
	qry := ix.analyze(q, sc)
	cands := ix.rank(qry, sc, k+offset)
	cands = ix.preferNamed(qry, cands)
	if !ix.answered(qry, cands, sc) {
		return []Answer{}, nil
	}
	groups := ix.group(cands, k+offset)
	if offset >= len(groups) {
		return []Answer{}, nil
	}
	groups = groups[offset:min(len(groups), offset+k)]
	out := make([]Answer, 0, len(groups))
	for _, g := range groups {
		a := ix.answer(int(g[0].sid), math.Round(g[0].score*1000)/1000)
		for _, m := range g[1:] {
			a.AlsoIn = append(a.AlsoIn, Mention{Quote: ix.c.Text(int(m.sid)), Article: ix.Source(int(ix.c.Sentences[m.sid].Article)), Sentence: int(m.sid)})
		}
		if opt.Explain {
			a.Explain = ix.explain(qry, g[0], sc)
		}
		out = append(out, a)
	}
	return out, nil
}

// analyze turns a question into weighted terms with their alternatives.
func (ix *Index) analyze(q string, sc *scratch) *query {
	if ix.p.Shouted && !strings.ContainsFunc(q, unicode.IsLower) {
		// Typed in capitals throughout, a question tells its names no
		// better than one typed in lower case, and reads better as one:
		// "WHAT EXCUSE DID PUTIN GIVE" holds no acronyms.
		q = asciiLower(q)
	}
	sc.toks = sc.an.Analyze(sc.toks[:0], q)
	if ix.p.Contractions {
		sc.toks = ix.contractions(q, sc.toks)
	}
	if ix.p.ClauseInitial {
		markClauseInitials(q, sc.toks)
	}
	if ix.p.Chatter {
		sc.toks = chatter(q, sc.toks)
	}
	caseless := !strings.ContainsFunc(q, unicode.IsUpper) // typed without capitals: names are not told by them
	if ix.p.BarePossessive {
		sc.toks = ix.barePossessives(sc.toks, caseless)
	}
	if n := requestFrame(sc.toks); n > 0 {
		sc.toks = append(sc.toks[:0], sc.toks[n:]...)
	}
	sc.toks = sc.toks[:len(sc.toks)-courtesy(q, sc.toks)]
	sc.toks = sc.toks[:len(sc.toks)-corpusReference(sc.toks)]
	ix.markDocumentWords(sc.toks)
	for i := range meaningAsked(sc.toks) {
		sc.toks[len(sc.toks)-1-i].Flags |= analysis.Stop
	}
	if ix.p.Respell {
		ix.respell(sc)
	}
	exact := slices.ContainsFunc(sc.toks, func(t analysis.Token) bool {
		return t.Surface == "exactly" || t.Surface == "precisely" || t.Surface == "exact"
	})
	// A word that only stresses the question ("What did Blinken
	// actually say?", "What was really the point of the trip?") is no
	// word of it: it is seldom the answer's, and where it stands it can
	// hide the question's shape ("What was actually the X…?" asks for X
	// as "What was the X…?" does). Written with a capital within the
	// question, it is a name.
	sc.toks = slices.DeleteFunc(sc.toks, func(t analysis.Token) bool {
		return hedges[t.Surface] && !(t.Is(analysis.Capitalized) && !t.Is(analysis.Initial))
	})
	var formerWords []int // the starts of the words that ask for a former name
	misspelt := func(w, of string) bool {
		_, known := ix.surfaceIDs[w]
		return !known && !ix.englishWord(w) && osa(w, of, 1, sc) <= 1
	}
	for _, i := range formerNameWords(sc.toks, misspelt) {
		formerWords = append(formerWords, sc.toks[i].Start)
	}
	former := ix.p.FormerBonus > 0 && len(formerWords) > 0
	lower := strings.ContainsFunc(q, unicode.IsLower) // not typed in capitals throughout
	if !lower {
		// A question typed in capitals: its stop words are stop words,
		// not acronyms, unless the corpus writes them as names ("US").
		for i := range sc.toks {
			t := &sc.toks[i]
			if t.Is(analysis.AllCaps) && analysis.IsStopWord(t.Surface) && !ix.writtenAsName(t.Surface) {
				t.Flags |= analysis.Stop
				t.Term = t.Surface
			}
		}
	}
	for i := 1; i < len(sc.toks); i++ {
		if t := &sc.toks[i]; t.Surface == "us" && t.Is(analysis.Stop) && sc.toks[i-1].Surface == "the" {
			// "the us" typed in lower case is the country, not the pronoun.
			t.Flags &^= analysis.Stop
			t.Term = analysis.TermOf(t.Surface)
		}
	}
	shape := sc.toks // the question as its kind of answer is read
	if ix.p.KeywordType && keywordQuestion(sc.toks) {
		// "share of Central Asian trade with Russia", "year EAEU
		// founded": typed as keywords, it asks what its first word
		// names, as "What share…", "What year…" do.
		shape = append([]analysis.Token{{Surface: "what", Term: "what", Flags: analysis.Stop, Word: -1}}, sc.toks...)
	}
	what := whatClause(sc.toks)
	qry := &query{want: detectType(shape), why: asksWhy(sc.toks), asksDate: opensWithDate(shape), asksSpeech: asksWhatSaid(what), asksContent: asksContent(what), how: asksHow(sc.toks), calendar: asksCalendar(sc.toks)}
	howWord := "" // "long" in "how long"
	for i := 0; i+1 < len(sc.toks); i++ {
		if sc.toks[i].Surface == "how" && howWords[sc.toks[i+1].Surface] {
			// "long" in "how long" asks for an answer; it is no word the
			// answer needs to hold ("has long been"), but may meet
			// ("How big is Kazakhstan?", "as large as"): it weighs
			// little (Params.HowWord).
			howWord = sc.toks[i+1].Surface
			if ix.p.HowWord <= 0 {
				sc.toks[i+1].Flags |= analysis.Stop
			}
		}
		if howWord == "long" && i+2 == len(sc.toks) && sc.toks[i+1].Surface == "last" {
			// "How long did the visit last?": the verb asks for the
			// duration too; "last week" is no answer to it.
			sc.toks[i+1].Flags |= analysis.Stop
		}
		if w := sc.toks[i].Surface; (w == "what" || w == "which") && kindWords[sc.toks[i+1].Surface] &&
			i+2 < len(sc.toks) && sc.toks[i+2].Surface == "of" {
			// "What sort of building": the answer names the building,
			// seldom its sort.
			sc.toks[i+1].Flags |= analysis.Stop
		}
		if w := sc.toks[i].Surface; (w == "name" || w == "names") && sc.toks[i+1].Surface == "of" {
			// "the name of Kyrgyzstan's president": the answer is the
			// name, and seldom says "name".
			sc.toks[i].Flags |= analysis.Stop
		}
	}
	if ix.p.Forenames {
		ix.dropForenames(q, sc.toks)
	}
	titled := ix.titleWords(sc.toks)
	if qry.want == amountType {
		qry.unit = ix.detectUnit(shape)
	}
	focus, possessive := attribute(sc.toks)
	if focus == nil && ix.p.FocusOf {
		focus = attributeOfName(sc.toks)
	}
	if focus == nil {
		focus = ix.shareWhole(sc.toks)
	}
	qry.possessive = possessive
	seen := make(map[string]bool)
	var words []analysis.Token
	var particles []string // the stop word after each of words, "up" in "set up"
	for k, t := range sc.toks {
		if t.Is(analysis.Stop) || t.Is(analysis.Currency) && !t.Is(analysis.Number) || seen[t.Term] {
			continue
		}
		seen[t.Term] = true
		if _, known := ix.termIDs[t.Term]; !known && !t.Is(analysis.Number) && (nearStopWord(t.Surface, sc) && !ix.englishWord(t.Surface) && !(t.Is(analysis.Capitalized) && !t.Is(analysis.Initial)) || len(t.Surface) == 1 && !t.Is(analysis.Capitalized)) {
			// "befor", "whats": a misspelt stop word; "w/", "u": a letter
			// for a word. A word capitalised within the question is
			// written as a name: "Central Agian" is no "again".
			continue
		}
		if id, ok := ix.termIDs[t.Term]; ok {
			qry.qterms = append(qry.qterms, id)
		}
		words = append(words, t)
		particle := ""
		if k+1 < len(sc.toks) && sc.toks[k+1].Is(analysis.Stop) {
			particle = sc.toks[k+1].Surface
		}
		particles = append(particles, particle)
	}
	var strangeYears [][2]int // years the corpus never writes
	knownYear := false
	for i, t := range words {
		if t.Is(analysis.Compound) {
			// "Kassym-Jomart" also stands as "kassymjomart": one more way
			// to meet the word before it, not one more word to cover.
			id, ok := ix.termIDs[t.Term]
			if !ok {
				continue
			}
			if i > 0 && words[i-1].End == t.End && len(qry.terms) > 0 {
				prev := &qry.terms[len(qry.terms)-1]
				prev.alts = append(prev.alts, alt{term: id, weight: 1, idf: math.Min(ix.idf(ix.df(id)), prev.mass), how: "joined " + strconv.Quote(t.Surface)})
				sortAlts(prev.alts)
				continue
			}
		}
		qt := qterm{surface: t.Surface, vec: -1, name: ix.writtenAsName(t.Surface), focus: slices.Contains(focus, t.Surface),
			cased: t.Is(analysis.Capitalized) && !t.Is(analysis.Initial)}
		if ix.vecs != nil && !qt.name && !t.Is(analysis.Number) && !(t.Is(analysis.Capitalized) && !t.Is(analysis.Initial)) {
			qt.vec = ix.vecs.ID(t.Surface)
		}
		ix.expand(&qt, t, particles[i], qry.qterms, sc)
		// "Brinen": a name misspelt, which meets the question's names as
		// "Brinken" would (see answered).
		qt.misspeltName = !qt.name && len(qt.alts) > 0 && strings.HasPrefix(qt.alts[0].how, "fuzzy") && ix.termKind[qt.alts[0].term]&kindName != 0
		if t.Surface == howWord {
			qt.scale(ix.p.HowWord)
			qt.minor = true
		}
		if ix.p.LightVerb > 0 && lightVerbs[t.Term] && i+1 < len(words) && words[i+1].Start-t.End <= lightGap && !words[i+1].Is(analysis.Capitalized) && !verbParticles[particles[i]] {
			// "pay attention", "take part": the noun says what is done,
			// the verb little, and "paid an official visit" is no
			// attention paid.
			qt.scale(ix.p.LightVerb)
		}
		if titled[t.Start] {
			// "What did Secretary Blinken say?": the name finds him; the
			// title would find every "Secretary of State".
			qt.scale(ix.p.RoleTitle)
			qt.minor = true
		}
		if former && slices.Contains(formerWords, t.Start) {
			// "What was Astana called before?": the answer seldom
			// says "called" ("earlier known as Nur-Sultan"), but may.
			qt.scale(ix.p.FormerWord)
			qt.former = true
		}
		if len(qt.alts) == 0 && qt.cased && t.Flags&(analysis.AllCaps|analysis.Number) == 0 && i > 0 && len(qry.terms) > 0 {
			// "Jeenbek Kulubaev": a surname spelt otherwise than the
			// corpus's, after a forename it writes ("Djembek Kurbayev").
			if a, ok := ix.surnameAfter(&qry.terms[len(qry.terms)-1], words[i-1], t, sc); ok {
				qt.alts = append(qt.alts, a)
			}
		}
		if len(qt.alts) == 0 && qt.cased && t.Flags&(analysis.AllCaps|analysis.Number) == 0 && lower {
			qry.strangers = append(qry.strangers, [2]int{t.Start, t.End})
		}
		if ix.p.StrangeYear && t.Is(analysis.Number) && isYear(t.Surface) {
			if len(qt.alts) == 0 {
				strangeYears = append(strangeYears, [2]int{t.Start, t.End})
			} else {
				knownYear = true
			}
		}
		qry.terms = append(qry.terms, qt)
	}
	if !knownYear {
		// A year the corpus never writes asks about a time it does not
		// cover, unless the question spans it from one it does ("in 1646
		// through 1647": "1646–47").
		qry.strangers = append(qry.strangers, strangeYears...)
		slices.SortFunc(qry.strangers, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	}
	qry.dropOwnWords()
	ix.expandLongForms(qry)
	if ix.p.DestBonus > 0 && asksWhere(sc.toks) {
		ix.expandMotion(qry)
	}
	if len(qry.terms) > maxTerms {
		// The rarest are kept, in question order: proximity reads
		// neighbouring terms as neighbouring words of the question.
		keep := make([]int, len(qry.terms))
		for i := range keep {
			keep[i] = i
		}
		slices.SortStableFunc(keep, func(a, b int) int { return cmp.Compare(qry.terms[b].mass, qry.terms[a].mass) })
		keep = keep[:maxTerms]
		slices.Sort(keep)
		terms := make([]qterm, len(keep))
		for j, i := range keep {
			terms[j] = qry.terms[i]
		}
		qry.terms = terms
	}
	qry.outlets = ix.outletNames(qry)
	if i := slices.IndexFunc(qry.terms, func(qt qterm) bool { return qt.surface == "according" }); i >= 0 && qry.outlets&^(1<<i) != 0 {
		// "according to Geofor": the outlet's name says whose the answer
		// is; the answer need not say "according".
		qry.terms = slices.Delete(qry.terms, i, i+1)
		qry.outlets = ix.outletNames(qry)
	}
	if ix.p.OutletVerb {
		// "How does the Japan Times describe…", "What does Geofor
		// predict…", "in Geofor's view": the outlet's voice is the
		// article's own, which does not write "we describe".
		for i := len(qry.terms) - 1; i > 0; i-- {
			if qry.outlets&(1<<(i-1)) != 0 && qry.outlets&(1<<i) == 0 && viewWords[analysis.TermOf(qry.terms[i].surface)] {
				qry.terms = slices.Delete(qry.terms, i, i+1)
				qry.outlets = ix.outletNames(qry)
			}
		}
	}
	owners := ownerNames(q, sc.toks, ix.writtenAsName)
	defined := definedWords(sc.toks)
	qry.person = len(defined) > 0 && sc.toks[0].Surface == "who"
	qry.who = len(sc.toks) > 0 && (sc.toks[0].Surface == "who" || sc.toks[0].Surface == "whom")
	counted, deed := countedWords(sc.toks, ix.nameAdjective, ix.p.CountVerb, caseless && ix.p.Caseless)
	qry.exact = qry.want == amountType && exact
	perWords := rateNouns(sc.toks)
	listed := listNoun(sc.toks)
	namedWord := ""
	if ix.p.NeedNamed && len(formerWords) == 0 {
		namedWord = namedNoun(sc.toks)
	}
	source := sourceWords(q, sc.toks)
	for i, t := range qry.terms {
		if slices.Contains(source, t.surface) && qry.outlets&(1<<i) == 0 {
			qry.source |= 1 << i
		}
		qry.mass += t.mass
		if t.name {
			qry.names |= 1 << i
		}
		if t.misspeltName {
			qry.misspeltNames |= 1 << i
		}
		if slices.Contains(perWords, t.surface) && qry.want == amountType {
			qry.per |= 1 << i
		}
		if t.surface == listed {
			qry.list |= 1 << i
		}
		if t.surface == namedWord {
			qry.named |= 1 << i
		}
		if t.former {
			qry.former |= 1 << i
		}
		if slices.Contains(counted, t.surface) {
			qry.counted |= 1 << i
		}
		if t.surface == deed {
			qry.deed |= 1 << i
		}
		if slices.Contains(owners, t.surface) {
			qry.owners |= 1 << i
		}
		if slices.Contains(defined, t.surface) {
			qry.defined |= 1 << i
		}
	}
	if len(focus) > 0 {
		for i, t := range qry.terms {
			if !t.focus && t.name {
				qry.focusOwners |= 1 << i
			}
		}
	}
	return qry
}

// ownerNames returns the names (by isName) that question q, analysed as
// toks, writes in the possessive: "uzbekistan" in "How long is Uzbekistan's
// border?". The question asks about that owner's thing, which another
// owner's ("Kazakhstan's border") does not answer. A possessive before an
// event ("Blinken's trip") names who did it, not an owner.
func ownerNames(q string, toks []analysis.Token, isName func(string) bool) []string {
	var out []string
	for i, t := range toks {
		if rest := q[t.End:]; (strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")) && isName(t.Surface) {
			if j := i + 2; j < len(toks) && toks[i+1].Surface == "s" && eventNouns[toks[j].Surface] {
				continue // "Blinken's meetings": he did them, he owns no thing of them
			}
			out = append(out, t.Surface)
		}
	}
	return out
}

// eventNouns name what someone does or says rather than a thing they own:
// the answer to "What did Moscow make of Blinken's trip?" need not name
// Blinken ("Moscow practically ignored the visit of the State Secretary"),
// while "Uzbekistan's border" is no other country's.
var eventNouns = map[string]bool{"visit": true, "visits": true, "trip": true, "trips": true, "tour": true, "journey": true,
	"meeting": true, "meetings": true, "talks": true, "remarks": true, "speech": true, "message": true, "messages": true,
	"statement": true, "words": true, "comments": true, "stay": true, "arrival": true, "departure": true,
	"view": true, "views": true, "reaction": true, "response": true}

// howWords are the words that make "how" ask for an amount, a time or a
// manner rather than name a thing of the answer.
var howWords = map[string]bool{
	"long": true, "far": true, "old": true, "big": true, "large": true, "high": true,
	"often": true, "soon": true, "late": true, "early": true,
}

// kindWords ask, after "what" and before "of", for a kind of thing.
var kindWords = map[string]bool{"sort": true, "kind": true, "type": true, "kinds": true, "sorts": true, "types": true}

// dropForenames marks as stop words the forenames the corpus never writes
// before its names: a capitalised word that is neither a word of the
// corpus nor an English word, right before a name the corpus writes that
// is no English word either ("Tony Blinken"). The surname finds the
// person; the forename would turn the question away as a name the corpus
// never mentions.
func (ix *Index) dropForenames(q string, toks []analysis.Token) {
	th, err := thesaurus.Default()
	if err != nil {
		return
	}
	for last := len(toks) - 1; last > 0; last-- {
		v := toks[last]
		if !v.Is(analysis.Capitalized) || v.Is(analysis.AllCaps) || v.Is(analysis.Compound) || !ix.writtenAsName(v.Surface) || len(th.Lemmas(v.Surface)) > 0 {
			continue
		}
		start := v.Start
		for i := last - 1; i >= 0; i-- {
			w := &toks[i]
			if w.Is(analysis.Compound) {
				continue
			}
			if !w.Is(analysis.Capitalized) || w.Is(analysis.AllCaps) || w.Is(analysis.Stop) || w.Is(analysis.Number) ||
				w.End >= start || strings.TrimLeft(q[w.End:start], " -") != "" {
				break
			}
			start = w.Start
			if _, known := ix.termIDs[w.Term]; !known && len(th.Lemmas(w.Surface)) == 0 {
				w.Flags |= analysis.Stop
			}
		}
	}
}

// barePossessives reads a capitalised name with an "s" but no apostrophe
// before a word as the name's possessive, as typed in haste: "Kazakhstans
// president" is "Kazakhstan's president", when the corpus writes the name
// and not the word with the "s". In a question typed without capitals
// (caseless), a name is one the corpus writes as a name: "who is
// tajikistans president" (Params.Caseless). It returns toks, extended.
func (ix *Index) barePossessives(toks []analysis.Token, caseless bool) []analysis.Token {
	for i := len(toks) - 2; i >= 0; i-- {
		t := toks[i]
		base, ok := strings.CutSuffix(t.Surface, "s")
		if !ok || len(base) < 4 || !t.Is(analysis.Capitalized) && !(caseless && ix.p.Caseless) || t.Is(analysis.Number) || t.Is(analysis.Compound) || toks[i+1].Is(analysis.Stop) || t.End-t.Start != len(t.Surface) {
			continue
		}
		if _, known := ix.surfaceIDs[t.Surface]; known || !ix.writtenAsName(base) {
			continue
		}
		name := t
		name.Surface, name.Term, name.End, name.Word = base, analysis.TermOf(base), t.End-1, -1
		s := analysis.Token{Surface: "s", Term: "s", Start: t.End - 1, End: t.End, Flags: analysis.Stop, Word: -1}
		toks = slices.Insert(toks, i+1, s)
		toks[i] = name
	}
	return toks
}

// asciiLower folds the ASCII capitals of s, keeping every byte offset.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// givenName reports whether a capitalised word of the corpus reads as a
// given name rather than a title: never written in lower case, and no
// common noun ("Dmitry", not "President").
func (ix *Index) givenName(t analysis.Token) bool {
	id, ok := ix.surfaceIDs[t.Surface]
	if !ok {
		return true
	}
	if s := &ix.surfaces[id]; s.caps < s.mid {
		return false
	}
	th, err := thesaurus.Default()
	return err == nil && !th.IsLemma(t.Surface, "n")
}

// writtenAsName reports whether the corpus writes a folded word as a name.
func (ix *Index) writtenAsName(surface string) bool {
	id, ok := ix.surfaceIDs[surface]
	return ok && ix.surfaces[id].nameLike()
}

// sortAlts puts the heaviest alternatives first: scoring credits a
// sentence with the first alternative of a word that it holds.
func sortAlts(alts []alt) {
	slices.SortStableFunc(alts, func(a, b alt) int { return cmp.Compare(b.weight, a.weight) })
}

// mayBeMisspelt reports whether an unknown question word may be a
// misspelling to correct: it is no English word the thesaurus knows, in any
// inflection, or it is written as a name in the question ("Bidden" there is
// a misspelt name, not a form of "bid").
func mayBeMisspelt(t analysis.Token) bool {
	if t.Is(analysis.Capitalized) && !t.Is(analysis.Initial) {
		return true
	}
	th, err := thesaurus.Default()
	if err != nil {
		return true
	}
	for _, w := range th.Lemmas(t.Surface) {
		if th.IsLemma(w, "nvar") {
			return false
		}
	}
	return true
}

// expandLongForms lets a question that spells out a long form the corpus
// defines an acronym for ("Shanghai Cooperation Organization") meet the
// sentences that only use the acronym ("SCO"): each word of the long form
// gets the acronym as an alternative. A misspelt long form counts by its
// words' best readings ("Shangai Cooperation Organisation").
func (ix *Index) expandLongForms(qry *query) {
	var firsts []termID // each word's best reading: "shanghai" for "shangai"
	for _, qt := range qry.terms {
		if len(qt.alts) > 0 && qt.alts[0].phrase == nil && !slices.Contains(firsts, qt.alts[0].term) {
			firsts = append(firsts, qt.alts[0].term)
		}
	}
	for _, first := range firsts {
		for _, sp := range ix.spelled[first] {
			var idx []int
			for _, t := range sp.long {
				i := slices.IndexFunc(qry.terms, func(qt qterm) bool {
					return len(qt.alts) > 0 && qt.alts[0].term == t && qt.alts[0].phrase == nil
				})
				if i < 0 {
					break
				}
				idx = append(idx, i)
			}
			if len(idx) < len(sp.long) {
				continue
			}
			for _, i := range idx {
				qt := &qry.terms[i]
				qt.alts = append(qt.alts, alt{term: sp.acronym, weight: 0.9, idf: ix.idf(ix.df(sp.acronym)), how: "acronym"})
				sortAlts(qt.alts)
			}
		}
	}
}

// expandMotion lets the verb of motion of a "where" question ("go" in
// "Where did Blinken go next?") meet the corpus's other verbs of motion:
// "flew", "heading".
func (ix *Index) expandMotion(qry *query) {
	for i := range qry.terms {
		qt := &qry.terms[i]
		if _, ok := motionVerbs[qt.surface]; !ok {
			continue
		}
		qry.motion |= 1 << i
		for _, w := range motionAlternatives {
			id, ok := ix.termIDs[analysis.TermOf(w)]
			if !ok || slices.ContainsFunc(qt.alts, func(a alt) bool { return a.phrase == nil && a.term == id }) {
				continue
			}
			idf := ix.idf(ix.df(id))
			if len(qt.alts) > 0 {
				idf = min(idf, qt.alts[0].idf)
			}
			qt.alts = append(qt.alts, alt{term: id, weight: ix.p.Motion, idf: idf, how: fmt.Sprintf("verb of motion %q", w)})
		}
		sortAlts(qt.alts)
	}
}

// expand finds the ways a question word can be met in the corpus: itself,
// the corpus's other spellings of a name, the words a misspelling was meant
// to be, an acronym's long form.
func (ix *Index) expand(qt *qterm, t analysis.Token, particle string, qterms []termID, sc *scratch) {
	add := func(a alt) {
		for _, b := range qt.alts {
			if b.term == a.term && b.phrase == nil && a.phrase == nil {
				return
			}
		}
		qt.alts = append(qt.alts, a)
	}
	n := utf8.RuneCountInString(t.Surface)
	exact, known := ix.termIDs[t.Term]
	if known {
		add(alt{term: exact, weight: 1, idf: ix.idf(ix.df(exact)), how: "exact"})
		sid, ok := ix.surfaceIDs[t.Surface]
		named := ok && ix.maybeName(sid) // "Tireuberdi", written only first in a sentence, is a name too
		if named && n >= 5 {
			for _, v := range ix.spellings(sid, sc) {
				s := &ix.surfaces[v.surface]
				if s.term != exact {
					add(alt{term: s.term, weight: v.weight, idf: ix.idf(ix.df(s.term)), how: fmt.Sprintf("variant %q", ix.surfaceTxt[v.surface])})
				}
			}
		}
		if named && ix.p.Related > 0 {
			// A related name is as rare a thing as the question's: "Uzbek
			// president" asks about the one Uzbekistan has, however often
			// the corpus names the country.
			for _, id := range ix.relatedNames(t.Surface) {
				if s := &ix.surfaces[id]; s.term != exact {
					add(alt{term: s.term, weight: ix.p.Related, idf: ix.idf(ix.df(exact)), how: fmt.Sprintf("related name %q", ix.surfaceTxt[id])})
				}
			}
		}
	}
	if !known && ix.p.Related > 0 && !t.Is(analysis.Number) {
		// A name's form the corpus never writes: "Tajik" for "Tajikistan".
		for _, id := range ix.relatedNames(t.Surface) {
			s := &ix.surfaces[id]
			add(alt{term: s.term, weight: ix.p.Related, idf: ix.idf(ix.df(s.term)), how: fmt.Sprintf("related name %q", ix.surfaceTxt[id])})
		}
	}
	if !t.Is(analysis.Number) {
		ix.skeletonMates(t.Surface, exact, known, qterms, func(id uint32, s *surface) {
			add(alt{term: s.term, weight: ix.p.Variant - 0.15, idf: ix.idf(ix.df(s.term)), how: fmt.Sprintf("variant %q", ix.surfaceTxt[id])})
		})
	}
	fold := translitFold(t.Surface)
	if fold != "" && ix.p.Translit > 0 {
		// The same name in another transliteration: "Toqayev", "Zhomart".
		for _, id := range ix.folds[fold] {
			if s := &ix.surfaces[id]; !known || s.term != exact {
				add(alt{term: s.term, weight: ix.p.Translit, idf: ix.idf(ix.df(s.term)), how: fmt.Sprintf("transliteration %q", ix.surfaceTxt[id])})
			}
		}
	}
	// A word the vectors hold (qt.vec, set for all but names) is English,
	// not a misspelling: "pasta" is not "past" (see englishWord).
	if !known && !t.Is(analysis.Number) && mayBeMisspelt(t) && qt.vec < 0 {
		first, _ := utf8.DecodeRuneInString(t.Surface)
		matches := slices.DeleteFunc(ix.nearInflected(t.Surface, typoDistance(n), sc), func(m fuzzyMatch) bool {
			// Misspellings seldom change the first letter; corrections that
			// do are mostly other words. A letter added or lost in front
			// ("relection") still counts.
			other := ix.surfaceTxt[m.surface]
			f, _ := utf8.DecodeRuneInString(other)
			return f != first && (m.dist > 1 || utf8.RuneCountInString(other) == n)
		})
		if len(matches) == 0 && ix.p.Dropped && typoDistance(n) == 1 && n >= minDropped {
			// "Uzbkstan", "rlection": typed fast, a word loses letters
			// more often than it gains or swaps them; two lost from a
			// word of eight or more letters still leave it plain.
			matches = slices.DeleteFunc(ix.near(t.Surface, 2, true, sc), func(m fuzzyMatch) bool {
				return !dropsLetters(t.Surface, ix.surfaceTxt[m.surface])
			})
		}
		if len(matches) == 0 && len(qt.alts) == 0 && fold != "" && ix.p.Translit > 0 {
			// Another transliteration, one letter off besides:
			// "Toqaev" ("tokaev") for "Tokayev" ("tokaiev"),
			// "Qazaqstan" for "Kazakhstan".
			edits1(fold, func(k string) {
				for _, id := range ix.folds[k] {
					s := &ix.surfaces[id]
					add(alt{term: s.term, weight: ix.p.Translit * ix.p.Typo1, idf: ix.idf(ix.df(s.term)), how: fmt.Sprintf("transliteration %q, one letter off", ix.surfaceTxt[id])})
				}
			})
		}
		if len(matches) == 0 {
			// An outlet's name is written in no article's text: "Geofr"
			// is met among the outlets' words.
			for _, o := range ix.outletsNear(t.Surface, typoDistance(n), sc) {
				add(alt{term: o.term, weight: ix.p.Typo1, idf: ix.idf(ix.df(o.term)), how: fmt.Sprintf("fuzzy %q, an outlet", o.surface)})
			}
		}
		slices.SortFunc(matches, func(a, b fuzzyMatch) int {
			if a.dist != b.dist {
				return a.dist - b.dist
			}
			return cmp.Compare(ix.surfaces[b.surface].count, ix.surfaces[a.surface].count)
		})
		for i, m := range matches {
			if i >= 3 || m.dist > matches[0].dist {
				break
			}
			s := &ix.surfaces[m.surface]
			w := ix.p.Typo1
			if m.dist > 1 {
				w = ix.p.Typo2
			}
			idf := ix.idf(ix.df(s.term))
			add(alt{term: s.term, weight: w, idf: idf, how: fmt.Sprintf("fuzzy %q", ix.surfaceTxt[m.surface])})
			if ix.p.FuzzyRelated && ix.p.Related > 0 && s.nameLike() {
				// "Kazah" is "Kazakh", and so reaches "Kazakhstan" as
				// "Kazakh" does.
				for _, id := range ix.relatedNames(ix.surfaceTxt[m.surface]) {
					if rs := &ix.surfaces[id]; rs.term != s.term {
						add(alt{term: rs.term, weight: w * ix.p.Related, idf: idf, how: fmt.Sprintf("fuzzy %q, related name %q", ix.surfaceTxt[m.surface], ix.surfaceTxt[id])})
					}
				}
			}
			if ix.p.FuzzyVariants && s.nameLike() && utf8.RuneCountInString(ix.surfaceTxt[m.surface]) >= 5 {
				// "Blinen" is "Blinken", and so the corpus's "Brinken".
				for _, v := range ix.spellings(m.surface, sc) {
					if vs := &ix.surfaces[v.surface]; vs.term != s.term {
						// No rarer than the correction: "Brinken" is no
						// rarer a thing than "Blinken".
						add(alt{term: vs.term, weight: w * min(1, v.weight), idf: math.Min(ix.idf(ix.df(vs.term)), idf), how: fmt.Sprintf("fuzzy %q, variant %q", ix.surfaceTxt[m.surface], ix.surfaceTxt[v.surface])})
					}
				}
				// "Mirziyoev" is "Mirziyoyev", and so the corpus's
				// "Merziev", several edits further.
				ix.skeletonMates(ix.surfaceTxt[m.surface], s.term, true, qterms, func(id uint32, vs *surface) {
					add(alt{term: vs.term, weight: w * (ix.p.Variant - 0.15), idf: math.Min(ix.idf(ix.df(vs.term)), idf), how: fmt.Sprintf("fuzzy %q, variant %q", ix.surfaceTxt[m.surface], ix.surfaceTxt[id])})
				})
			}
		}
		if len(qt.alts) == 0 && ix.p.English > 0 && !(t.Is(analysis.Capitalized) && !t.Is(analysis.Initial)) {
			// A misspelt English word the corpus holds only in another
			// form or in other words: "anonymus" is "anonymous", which
			// meets the corpus's "anonymity" by its stem; "cautios" is
			// "cautious", close in meaning to "carefully".
			if w := ix.englishCorrection(t.Surface); w != "" {
				ix.expandCorrection(qt, w, add)
			}
		}
	}
	// Acronyms: the long forms defined in the corpus, and the other
	// acronyms defined with the same long form (EAEU, EEU).
	for _, a := range slices.Clone(qt.alts) {
		for _, long := range ix.acronyms[a.term] {
			add(alt{phrase: long, weight: longFormWeight * a.weight, idf: a.idf, how: "long form of " + ix.termText[a.term]})
			for _, sp := range ix.spelled[long[0]] {
				if other := sp.acronym; other != a.term && slices.Equal(sp.long, long) {
					add(alt{term: other, weight: 0.9 * a.weight, idf: ix.idf(ix.df(other)), how: "same long form: " + ix.termText[other]})
				}
			}
		}
	}
	if ix.p.PairInitials > 0 && t.Is(analysis.AllCaps) {
		// "US" for "United States", "UN" for "United Nations": two
		// capitals, the initials of a name of two words the corpus
		// writes.
		if letters := strings.ReplaceAll(t.Surface, ".", ""); len(letters) == 2 {
			for _, long := range ix.pairs[letters] {
				idf := 0.0
				for _, id := range long {
					idf = max(idf, ix.idf(ix.df(id)))
				}
				if known {
					idf = min(idf, ix.idf(ix.df(exact))) // no rarer than the acronym
				}
				add(alt{phrase: long, weight: ix.p.PairInitials, idf: idf, how: "initials of " + ix.phraseText(long)})
			}
		}
	}
	initials := false // an acronym the corpus never writes, of a name it does: "EBRD"
	if !known && t.Is(analysis.AllCaps) && utf8.RuneCountInString(t.Surface) >= 3 {
		for _, long := range ix.initials[t.Surface] {
			idf := 0.0
			for _, id := range long {
				idf = max(idf, ix.idf(ix.df(id)))
			}
			add(alt{phrase: long, weight: 0.9, idf: idf, how: "initials of " + ix.phraseText(long)})
			initials = true
		}
	}
	ix.expandSynonyms(qt, t, particle, add)
	if !known && len(qt.alts) == 0 && ix.p.StemNames > 0 && t.Is(analysis.Capitalized) && !t.Is(analysis.Initial) {
		// A name the corpus lacks, written as one: "Chinese" for a
		// corpus that writes only "China", and "UK" (WordNet's
		// "Britain") for one that writes only "British".
		words := []string{t.Surface}
		for _, r := range thesaurus.Related(t.Surface) {
			if r.Kind == thesaurus.Synonym && r.Sense == 1 {
				words = append(words, r.Word)
			}
		}
		for _, w := range words {
			for _, id := range ix.stemNames(w) {
				s := &ix.surfaces[id]
				add(alt{term: s.term, weight: ix.p.StemNames, idf: ix.idf(ix.df(s.term)), how: fmt.Sprintf("name of the same stem %q", ix.surfaceTxt[id])})
			}
		}
	}
	if known {
		// No reading of a known word weighs more than the word: a rare
		// spelling of a frequent name is no rarer a thing than the name.
		for i := range qt.alts {
			qt.alts[i].idf = math.Min(qt.alts[i].idf, qt.alts[0].idf)
		}
	}
	sortAlts(qt.alts)
	// A known word weighs its idf. An unknown word weighs what its best
	// reading (a correction, a synonym) weighs; one with no reading weighs
	// more than any word of the corpus (Params.Unknown times the idf of a
	// word seen once nowhere), so that a question about what the corpus
	// lacks is not answered by its other words alone.
	switch {
	case known:
		qt.mass = ix.idf(ix.df(exact))
	case initials:
		// "EBRD" names the bank as "European Bank…" does, and weighs
		// what a word the corpus lacks weighs: an answer that does not
		// name the bank covers little of the question. Beside a
		// sentence, it scores no more than the long form scores in one.
		qt.name = true
		qt.mass = ix.p.Unknown * ix.idf(0)
		qt.ctxMax = qt.alts[0].weight * qt.alts[0].idf
	case len(qt.alts) > 0:
		qt.mass = qt.alts[0].idf
	default:
		qt.mass = ix.p.Unknown * ix.idf(0)
	}
}

// expandCorrection adds what the English word w, the correction of a
// misspelt question word, meets: its term and its thesaurus relations, at
// Params.English of their weight, and its word vector for closeness in
// meaning.
func (ix *Index) expandCorrection(qt *qterm, w string, add func(alt)) {
	qt.vec = ix.vecs.ID(w)
	how := fmt.Sprintf("misspelt %q: ", w)
	if id, ok := ix.termIDs[analysis.TermOf(w)]; ok {
		add(alt{term: id, weight: ix.p.English, idf: ix.idf(ix.df(id)), how: how + "exact"})
	}
	ix.expandSynonyms(qt, analysis.Token{Surface: w, Term: analysis.TermOf(w)}, "", func(a alt) {
		a.weight *= ix.p.English
		a.how = how + a.how
		add(a)
	})
}

// scale multiplies the weight of a question word and of its readings by
// f: a word that asks for the answer or only stresses the question weighs
// little.
func (qt *qterm) scale(f float64) {
	qt.mass *= f
	qt.ctxMax *= f
	for j := range qt.alts {
		qt.alts[j].idf *= f
	}
}

// inflections are the endings tried on a misspelt word that meets no
// corpus word as it is: the corpus may hold only "announced" when the
// question misspells "announce" ("annouce"), or only "include" when it
// misspells "included" ("inculded").
var inflections = []string{"d", "s", "ed", "es", "ing"}

// nearInflected returns the corpus words within maxDist edits of word, or,
// when there are none, of word with an inflection added, or taken off
// (with or without a final e).
func (ix *Index) nearInflected(word string, maxDist int, sc *scratch) []fuzzyMatch {
	if m := ix.near(word, maxDist, true, sc); len(m) > 0 || maxDist == 0 {
		return m
	}
	// An ending added first; then, only if that meets nothing, the ending
	// taken off or changed: each round is a few fuzzy look-ups more.
	var out []fuzzyMatch
	for _, suf := range inflections {
		out = append(out, ix.near(word+suf, maxDist, true, sc)...)
	}
	if len(out) == 0 {
		var forms []string
		for _, suf := range inflections {
			base, ok := strings.CutSuffix(word, suf)
			if !ok || utf8.RuneCountInString(base) < 4 {
				continue
			}
			forms = append(forms, base, base+"e")
			for _, other := range inflections {
				forms = append(forms, base+other)
			}
		}
		slices.Sort(forms)
		for _, f := range slices.Compact(forms) {
			if f != word && !strings.HasPrefix(f, word) {
				out = append(out, ix.near(f, maxDist, true, sc)...)
			}
		}
	}
	slices.SortFunc(out, func(a, b fuzzyMatch) int {
		return cmp.Or(cmp.Compare(a.surface, b.surface), cmp.Compare(a.dist, b.dist))
	})
	return slices.CompactFunc(out, func(a, b fuzzyMatch) bool { return a.surface == b.surface })
}

var longStopWords = func() []string {
	var out []string
	for _, w := range analysis.StopWords() {
		if len(w) >= 3 {
			out = append(out, w)
		}
	}
	return out
}()

// respell reads each misspelt word of an analysed question as the word it
// misspells, before the question's shape is read: "Wich countris…?" is
// "Which countries…?", and asks for countries. The first word, a letter
// short of one stop word, is that word ("wat"); a rare word of three
// letters that is a stop word with two letters swapped is that word
// ("teh"); and a word of four letters or more that neither the corpus, the
// thesaurus nor the word vectors know, written as no name, is what
// respelling makes of it.
func (ix *Index) respell(sc *scratch) {
	if len(sc.toks) > 1 && !sc.toks[0].Is(analysis.Stop) {
		// A question's first word, a letter short of one stop word, is
		// that word, English or not: "wat", "wen", "hw many".
		t := &sc.toks[0]
		if fix := onlyOne(longStopWords, func(w string) bool {
			return dropsLetters(t.Surface, w) && utf8.RuneCountInString(w) == utf8.RuneCountInString(t.Surface)+1
		}); fix != "" {
			ix.replaceToken(t, fix, sc)
		}
	}
	if len(sc.toks) > 2 && whatAux[sc.toks[1].Surface] {
		// A first word before an auxiliary, one edit from one question
		// word only, is that word: "Wjere did Blinken go?" asks where,
		// though "were" is an edit away too. So is an auxiliary before
		// another, which no question opens with: "Were did he go?".
		t := &sc.toks[0]
		_, known := ix.surfaceIDs[t.Surface]
		if !t.Is(analysis.Stop) && !known && !ix.englishWord(t.Surface) || whatAux[t.Surface] && sc.toks[1].Surface != "had" && sc.toks[1].Surface != t.Surface {
			if fix := onlyOne(openingWh, func(w string) bool { return osa(t.Surface, w, 1, sc) <= 1 }); fix != "" {
				ix.replaceToken(t, fix, sc)
			}
		}
	}
	for i := range sc.toks {
		t := &sc.toks[i]
		if t.Flags&(analysis.Stop|analysis.Number|analysis.Compound|analysis.AllCaps) != 0 || t.Is(analysis.Capitalized) && !t.Is(analysis.Initial) {
			continue
		}
		if _, known := ix.surfaceIDs[t.Surface]; known {
			continue
		}
		if w := iesPlural(t.Surface); w != "" && !ix.englishWord(t.Surface) {
			if _, known := ix.surfaceIDs[w]; known || ix.englishWord(w) {
				// "countrys": the plural of "country" as typed by ear.
				ix.replaceToken(t, w, sc)
				continue
			}
		}
		switch n := utf8.RuneCountInString(t.Surface); {
		case n == 3 && len(t.Surface) == 3 && (ix.vecs == nil || ix.vecs.ID(t.Surface) < 0 || ix.vecs.ID(t.Surface) >= rareEnglish):
			// "teh", "adn": a short stop word with two letters swapped,
			// when English has the word typed seldom if at all ("won"
			// is no "own"), and only one swap makes a stop word.
			b := t.Surface
			var fixes []string
			for k := range 2 {
				if w := b[:k] + string(b[k+1]) + string(b[k]) + b[k+2:]; analysis.IsStopWord(w) {
					fixes = append(fixes, w)
				}
			}
			if len(fixes) == 1 {
				// "hwo" is "who" or "how": no guess.
				ix.replaceToken(t, fixes[0], sc)
			}
		case n >= 4 && !ix.englishWord(t.Surface) && mayBeMisspelt(*t):
			if fix := ix.respelling(t.Surface, sc); fix != "" {
				ix.replaceToken(t, fix, sc)
			}
		}
	}
}

// markDocumentWords marks as stop words the words of a question that
// name the document it asks about, when the corpus's text never writes
// them: "article" in "What did Blinken forget, according to the Russian
// article?", "mentioned in" and "piece" in "Who is the president
// mentioned in the Eastern Herald piece?". They say where to look, not
// what to find; weighed as words the corpus lacks, they would outweigh
// the rest. Such a noun follows a determiner, with at most a name or
// another such noun between ("the French wire story"); "Which articles
// state…" or "the burial site" use it for a thing asked about. A
// question of nothing else ("the news") asks for the document.
func (ix *Index) markDocumentWords(toks []analysis.Token) {
	unknown := func(t analysis.Token) bool {
		_, known := ix.surfaceIDs[t.Surface]
		return !known && !t.Is(analysis.Stop) && !(t.Is(analysis.Capitalized) && !t.Is(analysis.Initial))
	}
	isNoun := func(t analysis.Token) bool {
		return (corpusNouns[t.Surface] || documentNouns[t.Surface]) && unknown(t)
	}
	var doc []int
	for i, t := range toks {
		if !isNoun(t) {
			continue
		}
		j := i - 1
		for j >= 0 && (isNoun(toks[j]) || toks[j].Is(analysis.Capitalized) && !toks[j].Is(analysis.Initial) || ix.writtenAsName(toks[j].Surface) && !toks[j].Is(analysis.Stop)) {
			j--
		}
		if j < 0 || !documentDeterminers[toks[j].Surface] {
			continue
		}
		doc = append(doc, i)
		for k := j - 1; k >= max(0, j-2); k-- {
			// "mentioned in the", "described in these"
			if referenceVerbs[toks[k].Surface] && unknown(toks[k]) && toks[k+1].Is(analysis.Stop) {
				doc = append(doc, k)
				break
			}
		}
	}
	rest := 0
	for i, t := range toks {
		if !t.Is(analysis.Stop) && !slices.Contains(doc, i) {
			rest++
		}
	}
	if rest == 0 {
		return
	}
	for _, i := range doc {
		toks[i].Flags |= analysis.Stop
	}
}

// documentDeterminers stand before a noun that names the document a
// question asks about: "the article", "this piece", "their site".
var documentDeterminers = set("the", "this", "that", "these", "those", "a", "an", "its", "their", "his", "her", "your", "s")

// documentNouns name a document or its kind, besides corpusNouns.
var documentNouns = set("piece", "pieces", "wire", "newspaper", "paper", "outlet", "site", "website", "portal", "column", "op-ed", "editorial", "author", "writer", "journalist")

// onlyOne returns the one word of words that ok accepts, "" when none
// or several do.
func onlyOne(words []string, ok func(string) bool) string {
	var found string
	for _, w := range words {
		if ok(w) {
			if found != "" {
				return ""
			}
			found = w
		}
	}
	return found
}

// openingWh are the question words that stand before an auxiliary.
var openingWh = []string{"what", "who", "which", "when", "where", "why", "how"}

// iesPlural returns the plural in "-ies" of a word typed with "-ys" after
// a consonant ("countrys" → "countries"), "" for any other word.
func iesPlural(w string) string {
	stem, ok := strings.CutSuffix(w, "ys")
	if !ok || len(stem) < 2 || strings.ContainsRune("aeiouy", rune(stem[len(stem)-1])) {
		return ""
	}
	return stem + "ies"
}

// surnameAfter returns, for a name the corpus lacks (t) right after a
// question name it meets (prev, written as before), the surname the
// corpus writes after the forename prev meets, when it has t's first
// letter: "Kulubaev" after "Jeenbek", which meets "Djembek", is the
// corpus's "Kurbayev" ("Djembek Kurbayev"), spelt another way.
func (ix *Index) surnameAfter(prev *qterm, before, t analysis.Token, sc *scratch) (alt, bool) {
	_, known := ix.surfaceIDs[prev.surface]
	if !prev.cased || known && !prev.name || roleNouns[prev.surface] || len(prev.alts) == 0 || before.End+1 != t.Start {
		// A forename the corpus writes as a name, or not at all
		// ("Jeenbek"), and no title: "President Kibaki" is no
		// misspelt "President Kassym-Jomart", nor "the United States
		// Constitution" a "States" someone.
		return alt{}, false
	}
	first, _ := utf8.DecodeRuneInString(t.Surface)
	for _, a := range prev.alts {
		if a.phrase != nil || ix.termKind[a.term]&kindName == 0 {
			continue
		}
		ps := ix.postingsOf(a.term)
		for _, p := range ps[:min(len(ps), surnameSentences)] {
			toks := sc.an.Analyze(nil, ix.c.Text(int(p>>tfBits)))
			for k := 0; k+1 < len(toks); k++ {
				next := toks[k+1]
				if toks[k].Term != ix.termText[a.term] || toks[k].End+1 != next.Start || !next.Is(analysis.Capitalized) {
					continue
				}
				if r, _ := utf8.DecodeRuneInString(next.Surface); r != first {
					continue
				}
				if id, ok := ix.termIDs[next.Term]; ok {
					return alt{term: id, weight: ix.p.Typo2, idf: ix.idf(ix.df(id)), how: fmt.Sprintf("surname after %q, %q", ix.termText[a.term], next.Surface)}, true
				}
			}
		}
	}
	return alt{}, false
}

// surnameSentences is how many sentences of a forename surnameAfter reads.
const surnameSentences = 32

// replaceToken makes t the word w, as the analyser reads it, in t's place.
func (ix *Index) replaceToken(t *analysis.Token, w string, sc *scratch) {
	fixed := sc.an.Analyze(nil, w)
	if len(fixed) != 1 {
		return
	}
	f := fixed[0]
	f.Start, f.End, f.Word = t.Start, t.End, -1
	f.Flags |= t.Flags & (analysis.Initial | analysis.Capitalized)
	*t = f
}

// respelling returns the word a misspelt question word most likely
// misspells, or "": of the stop words, the corpus's words (no names) and
// the English words one edit away with the same first letter, those it is
// a letter short of if any ("whre": "where", not "were"; typed fast, a
// word loses a letter more often than it changes or gains one), then the
// corpus's own if any ("economis": "economies", not "economist"), then
// the most frequent in English ("shre": "share", not "shore"), or in the
// corpus.
func (ix *Index) respelling(typed string, sc *scratch) string {
	type fix struct {
		word   string
		corpus bool  // a stop word or a word of the corpus
		rank   int32 // in English, by frequency: 0 for a stop word, -1 for none
	}
	if base, ok := strings.CutSuffix(typed, "nt"); ok && analysis.IsStopWord(base) {
		return base // "wasnt" is "wasn't", "was" and "not", not "want"
	}
	for _, o := range ix.outletsNear(typed, 1, sc) {
		if _, inText := ix.surfaceIDs[o.surface]; !inText {
			return "" // "geofr": a word only an outlet's name holds, misspelt
		}
	}
	var fixes []fix
	for _, w := range stopWordsNear(typed, sc) {
		if w[0] == typed[0] {
			fixes = append(fixes, fix{word: w, corpus: true})
		}
	}
	for _, m := range ix.near(typed, 1, true, sc) {
		s := &ix.surfaces[m.surface]
		w := ix.surfaceTxt[m.surface]
		if w[0] == typed[0] && s.nameLike() {
			return "" // "frnace": a misspelt name is the names' business, not "furnace"
		}
		if w[0] == typed[0] {
			rank := int32(-1)
			if ix.vecs != nil {
				rank = ix.vecs.ID(w)
			}
			fixes = append(fixes, fix{word: w, corpus: true, rank: rank})
		}
	}
	if ix.vecs != nil && len(typed) <= maxEnglishTypo {
		edits1(typed, func(w string) {
			if id := ix.vecs.ID(w); id >= 0 && w[0] == typed[0] && !slices.ContainsFunc(fixes, func(f fix) bool { return f.word == w }) {
				fixes = append(fixes, fix{word: w, rank: id})
			}
		})
	}
	rank := func(f fix) int64 {
		if f.rank < 0 {
			return math.MaxInt32
		}
		return int64(f.rank)
	}
	if slices.ContainsFunc(fixes, func(f fix) bool { return dropsLetters(typed, f.word) }) {
		// A letter lost, unless all such readings are words foreign to
		// the corpus and far rarer than another reading ("naem": "name",
		// not "naeem").
		best, bestDrop, corpusDrop := int64(math.MaxInt32), int64(math.MaxInt32), false
		for _, f := range fixes {
			if f.rank > 0 { // a stop word's 0 is no frequency
				best = min(best, rank(f))
			}
			if dropsLetters(typed, f.word) {
				bestDrop = min(bestDrop, rank(f))
				corpusDrop = corpusDrop || f.corpus
			}
		}
		if corpusDrop || bestDrop <= dropLead*best {
			fixes = slices.DeleteFunc(fixes, func(f fix) bool { return !dropsLetters(typed, f.word) })
		}
	}
	if slices.ContainsFunc(fixes, func(f fix) bool { return f.corpus }) {
		fixes = slices.DeleteFunc(fixes, func(f fix) bool { return !f.corpus })
	}
	switch len(fixes) {
	case 0:
		return ""
	case 1:
		return fixes[0].word
	}
	// Of several, the most frequent in English, if by far ("share" 431st,
	// "shore" 3,723rd; not "reflection" 8,318th over "reelection"
	// 11,825th, nor "train" over "trail").
	slices.SortFunc(fixes, func(a, b fix) int { return cmp.Compare(rank(a), rank(b)) })
	if rank(fixes[0])*englishLead > rank(fixes[1]) {
		return ""
	}
	return fixes[0].word
}

// rareEnglish is the frequency rank in English from which a word is
// rare enough to be read as a misspelling of a short stop word: "teh" is
// 18,533th, "won" 105th.
const rareEnglish = 10000

// dropLead is how many times rarer in English than another reading a
// word with a letter lost, foreign to the corpus, may be and still be
// read first: "naem" is "name" (179th), not "naeem" (38,596th).
const dropLead = 30

// englishLead is how many times more frequent in English the first
// correction of a misspelling must be than the second, when neither is a
// word of the corpus.
const englishLead = 4

// nearStopWord reports whether w is one edit from a stop word of three
// letters or more.
func nearStopWord(w string, sc *scratch) bool {
	return len(w) >= 4 && len(stopWordsNear(w, sc)) > 0
}

// outletsNear returns the words of the outlets' names within maxDist edits
// of word, with its first letter.
func (ix *Index) outletsNear(word string, maxDist int, sc *scratch) []outletSpelling {
	var out []outletSpelling
	for _, o := range ix.outletSpellings {
		if o.surface[0] == word[0] && osa(word, o.surface, maxDist, sc) <= maxDist {
			out = append(out, o)
		}
	}
	return out
}

// stopWordsNear returns the stop words of three letters or more one edit
// from w.
func stopWordsNear(w string, sc *scratch) []string {
	var out []string
	for _, s := range longStopWords {
		if d := len(s) - len(w); d <= 1 && d >= -1 && osa(w, s, 1, sc) <= 1 {
			out = append(out, s)
		}
	}
	return out
}

// maxRelated bounds the thesaurus words a question word is expanded to.
const maxRelated = 8

// expandSynonyms adds the words a thesaurus relates to the question word,
// weighted by how close the relation is: a base form ("left" → "leave")
// nearly as the word, synonyms and derived forms by Params.Synonym, broader
// and narrower words less, rarer senses less again.
func (ix *Index) expandSynonyms(qt *qterm, t analysis.Token, particle string, add func(alt)) {
	if t.Is(analysis.Number) || ix.p.Synonym <= 0 {
		return
	}
	n := 0
	try := func(r thesaurus.Relation, how string) {
		if n == maxRelated {
			return
		}
		w := ix.p.Synonym
		switch {
		case r.Kind == thesaurus.Base:
			w = 0.9
		case r.Kind == thesaurus.Capital:
			if w = ix.p.Capital; w <= 0 {
				return
			}
		case r.Kind > thesaurus.Derived || r.Sense > 1:
			return
		}
		id, ok := ix.termIDs[analysis.TermOf(r.Word)]
		if !ok {
			return
		}
		n++
		add(alt{term: id, weight: w, idf: ix.idf(ix.df(id)), how: how + r.Kind.String() + " " + strconv.Quote(r.Word)})
	}
	if particle != "" {
		// "set up" means "found", which neither word says alone: the
		// phrasal verb's relations come first.
		how := strconv.Quote(t.Surface+" "+particle) + ": "
		for _, r := range thesaurus.Phrasal(t.Surface, particle) {
			try(r, how)
		}
	}
	for _, r := range thesaurus.Related(t.Surface) {
		try(r, "")
	}
}

// skeletonMates calls f with the corpus's names of the same consonant
// skeleton as word that keep its company (the names it shares sentences
// with, if the corpus holds it as exact, and the question's words):
// transliterations several edits apart, "Mirziyoyev" and "Merziev".
func (ix *Index) skeletonMates(word string, exact termID, known bool, qterms []termID, f func(uint32, *surface)) {
	key := skeletonKey(word)
	if key == "" {
		return
	}
	var context []termID
	if known {
		context = ix.company(exact)
	}
	context = append(context, qterms...)
	slices.Sort(context)
	for i, id := range ix.skeletons[key] {
		if i == maxSkeletonMates {
			break
		}
		s := &ix.surfaces[id]
		if known && s.term == exact || !ix.sharesCompany(s.term, context) {
			continue
		}
		f(id, s)
	}
}

// dropOwnWords takes from each question word's alternatives the words
// the question itself uses for another of its words: in "What did Blinken
// say the United States was determined to do?", "state", a synonym of
// "say", is the question's own "States", and a sentence that names the
// United States reports no saying by it.
func (qry *query) dropOwnWords() {
	for i := range qry.terms {
		qt := &qry.terms[i]
		qt.alts = slices.DeleteFunc(qt.alts, func(a alt) bool {
			if a.phrase != nil || strings.HasPrefix(a.how, "exact") {
				return false
			}
			for j := range qry.terms {
				if o := &qry.terms[j]; j != i && len(o.alts) > 0 && o.alts[0].how == "exact" && o.alts[0].term == a.term {
					return true
				}
			}
			return false
		})
	}
}

// preferNamed drops the candidates that meet none of the names the
// question mentions when one that meets them scores nearly as well as the
// best (Params.NameFirst): in "Where did the C5+1 meeting take place?" the
// rare "took place" of another event outscores the C5+1 meeting by a
// little. When the best that meets a name scores far less, the candidates
// stay as they are, and answered abstains (Params.NeedName).
func (ix *Index) preferNamed(qry *query, cands []candidate) []candidate {
	if !ix.p.NeedName || ix.p.NameFirst <= 0 || qry.names == 0 || len(cands) == 0 {
		return cands
	}
	unnamed := func(c candidate) bool {
		return (c.mask|c.ctx|c.para|c.title)&qry.names == 0 && !ix.namedNear(qry, qry.names, c.sid)
	}
	i := slices.IndexFunc(cands, func(c candidate) bool { return !unnamed(c) })
	if i <= 0 || cands[i].score < ix.p.NameFirst*cands[0].score {
		return cands
	}
	return slices.DeleteFunc(cands, unnamed)
}

// ownerByGroup reports whether a candidate names the owners a question
// asks about (Params.NeedOwner) as a group it refers back to, "these
// countries", and the article names them within Params.NameReach
// sentences: "Russia accounts for 60-80 percent of trade of these
// countries" tells Central Asia's trade two sentences after "Central
// Asia" (Params.OwnerGroup).
func (ix *Index) ownerByGroup(qry *query, c *candidate) bool {
	if !ix.p.OwnerGroup || !refersToGroup(ix.c.Text(int(c.sid))) {
		return false
	}
	return ix.namedNear(qry, qry.owners&^(c.mask|c.ctx|c.para), c.sid)
}

// refersToGroup reports whether a text refers back to a group of places
// or peoples named before it: "these countries", "those states".
func refersToGroup(text string) bool {
	words := strings.Fields(text)
	for i := 0; i+1 < len(words); i++ {
		if d := strings.ToLower(words[i]); d == "these" || d == "those" {
			if groupNouns[strings.TrimRightFunc(words[i+1], unicode.IsPunct)] {
				return true
			}
		}
	}
	return false
}

// groupNouns name a group of places or peoples a text may refer back to.
var groupNouns = map[string]bool{"countries": true, "states": true, "nations": true, "republics": true, "economies": true}

// namedNear reports whether one of the question's terms in names, in any
// form the question meets it by, stands within Params.NameReach sentences
// of sentence sid in its article. A report names its subject once and then
// goes on about it: "The initiatives include English-language education"
// is about the U.S. funding two sentences before it, and answers "What do
// the new US initiatives include?" though neither it nor its neighbours
// say "U.S.".
func (ix *Index) namedNear(qry *query, names uint32, sid uint32) bool {
	reach := uint32(ix.p.NameReach)
	if reach == 0 {
		return false
	}
	art := &ix.c.Articles[ix.c.Sentences[sid].Article]
	lo := max(uint32(art.First), sid-min(sid, reach))
	hi := min(uint32(art.First+art.Count), sid+reach+1)
	for m := names; m != 0; m &= m - 1 {
		for _, a := range qry.terms[bits.TrailingZeros32(m)].alts {
			if a.phrase != nil {
				continue
			}
			ps := ix.postingsOf(a.term)
			i, _ := slices.BinarySearchFunc(ps, lo, func(e, s uint32) int { return int(e>>tfBits) - int(s) })
			if i < len(ps) && ps[i]>>tfBits < hi {
				return true
			}
		}
	}
	return false
}

// answered reports whether the best candidates answer the question, or the
// engine should abstain. It abstains when the best candidate covers too
// little of the question (Params.MinCover); when the question mentions
// names and the best candidate meets none of them, in itself or its
// context (Params.NeedName: "What is the population of Kazakhstan?" is not
// answered by a sentence on the population of the region); and when the
// question asks for an amount and none of the first candidates that cover
// enough of it holds a number (Params.NeedNumber: "How old is Blinken?");
// and when it asks what someone said and none of the first candidates
// that score near the best reports speech (Params.NeedSpeech: "What did
// Blinken discuss at the G20?" is not answered by "Blinken flew to New
// Delhi to attend the G20 meeting").
func (ix *Index) answered(qry *query, cands []candidate, sc *scratch) bool {
	if len(cands) == 0 || cands[0].cover < ix.p.MinCover {
		return false
	}
	if ix.p.NeedName {
		if len(qry.strangers) > 0 {
			return false
		}
		c := &cands[0]
		if names := qry.names | qry.misspeltNames; qry.names != 0 && (c.mask|c.ctx|c.para|c.title)&names == 0 && !ix.namedNear(qry, qry.names, c.sid) {
			return false
		}
	}
	if c := &cands[0]; ix.p.NeedOwner && qry.owners&^(c.mask|c.ctx|c.para) != 0 && !ix.ownerByGroup(qry, c) {
		// The owner of the thing asked about must be near: a title that
		// names it does not make a sentence about another's.
		return false
	}
	if qry.named != 0 && ix.unnamedNoun(qry, &cands[0], sc) {
		return false
	}
	if ix.p.NeedFocus && (!qry.possessive && !ix.meetsFocus(qry, &cands[0]) || ix.p.NeedFocusOwner && ix.othersAttribute(qry, &cands[0], sc)) {
		return false
	}
	if qry.asksContent && ix.p.NeedContent && ix.withholds(qry, &cands[0], sc) {
		return false
	}
	subject := qry.speechSubject()
	if qry.asksSpeech && ix.p.NeedSpeech && !slices.ContainsFunc(cands[:min(len(cands), speechCandidates)], func(c candidate) bool {
		if c.cover < ix.p.MinCover || c.score < ix.p.SpeechShare*cands[0].score {
			return false
		}
		if ix.p.SpeechSubject && subject != 0 && (c.mask|c.ctx|c.src)&subject == 0 {
			// "What did Kurbayev say…?" is not answered by what
			// another said: the speaker stands in the sentence or
			// beside it ("…,” he said").
			return false
		}
		if topic := qry.speechTopic(); topic != 0 && (c.mask|c.ctx)&topic == 0 {
			// "Blinken was polite, if not to say obsequious" reports no
			// speech "at the G20".
			return false
		}
		text := ix.c.Text(int(c.sid))
		sc.toks = sc.an.Analyze(sc.toks[:0], text)
		if ix.p.SpeechSubject && c.mask&subject != 0 && ix.saidByAnother(qry, subject, sc.toks) {
			return false
		}
		return reportsSpeech(text, sc.toks)
	}) {
		return false
	}
	if qry.want == dateType && qry.asksDate && ix.p.NeedDate {
		return slices.ContainsFunc(cands[:min(len(cands), dateCandidates)], func(c candidate) bool {
			if c.cover < ix.p.MinCover {
				return false
			}
			sc.toks = sc.an.Analyze(sc.toks[:0], ix.c.Text(int(c.sid)))
			return c.typed || tellsTime(sc.toks, qry.calendar)
		})
	}
	if qry.want != amountType || !ix.p.NeedNumber {
		return true
	}
	return slices.ContainsFunc(cands[:min(len(cands), numberCandidates)], func(c candidate) bool {
		if !c.typed || c.cover < ix.p.MinCover || !c.counts && qry.counted != 0 && ix.p.NeedCount {
			return false
		}
		if qry.unit != ageUnit || !ix.p.NeedAge {
			return true
		}
		if !c.unit {
			return false
		}
		sc.toks = sc.an.Analyze(sc.toks[:0], ix.c.Text(int(c.sid)))
		return tellsAge(sc.toks)
	})
}

// tellsAge reports whether a sentence, analysed, tells an age: a word of
// age ("old", "age", "aged", "turned") within ageWindow words of a number
// that is no year ("66-year-old", "aged 66", "at age 38", "as he turned
// 39", "515 million years old"). "On the one hand, this visit follows the
// old strategy" tells none.
func tellsAge(toks []analysis.Token) bool {
	for i, t := range toks {
		switch t.Surface {
		case "old", "age", "aged", "turned":
		default:
			continue
		}
		for _, u := range toks[max(0, i-ageWindow):min(len(toks), i+ageWindow+1)] {
			if u.Is(analysis.Number) && !isYear(u.Surface) || numberWords[u.Surface] {
				return true
			}
		}
	}
	return false
}

// ageWindow is how many words from a word of age its number may stand.
const ageWindow = 4

// withholds reports whether a candidate sentence names the subject of a
// "What did X say…?" question only after saying that details were
// withheld: "Tokayev said, without elaborating, that Biden had sent him
// three personal messages" does not tell what Biden wrote. It still tells
// what Tokayev said.
func (ix *Index) withholds(qry *query, c *candidate, sc *scratch) bool {
	i := slices.IndexFunc(qry.terms, func(qt qterm) bool { return !qt.minor })
	if i < 0 {
		return false
	}
	subject := &qry.terms[i] // not "exactly" in "What exactly did Biden say…?"
	sc.toks = sc.an.Analyze(sc.toks[:0], ix.c.Text(int(c.sid)))
	from := withheldFrom(sc.toks)
	if from < 0 {
		return false
	}
	for i, t := range sc.toks {
		if ix.tokenMeets(subject, t) {
			return i >= from
		}
	}
	return false
}

// viewWords tell how a source sees a thing: after an outlet's name they
// ask for the article's own view.
var viewWords = terms(slices.Concat(speechAskedWords, []string{"describe", "think", "view", "see", "expect", "believe", "consider",
	"portray", "characterize", "characterise", "rate", "assess", "present", "frame", "report", "call", "make"})...)

// longFormWeight is the weight of the long form the corpus defines for an
// acronym of the question: as much as a misspelling one edit away
// (Params.Typo1), for the text shows it to be the same name. At 0.9 the
// one sentence that lists the CSTO's members lost "Which countries are in
// the CSTO?" to one that names the CSTO in a list of Kazakhstan's
// alliances.
const longFormWeight = 0.95

// tokenMeets reports whether a word of a sentence, analysed, meets a
// question term by one of its one-word alternatives.
func (ix *Index) tokenMeets(qt *qterm, t analysis.Token) bool {
	id, ok := ix.termIDs[t.Term]
	return ok && slices.ContainsFunc(qt.alts, func(a alt) bool { return a.phrase == nil && a.term == id })
}

// saidByAnother reports whether every verb of saying in a sentence,
// analysed, has right before it a name that does not meet the question's
// speaker: "Meeting the foreign ministers of all five nations — …,
// Turkmenistan and Uzbekistan — Blinken said…" reports Blinken's words,
// not those of Turkmenistan's minister. A verb with no name before it
// ("…, he said") may be the speaker's.
func (ix *Index) saidByAnother(qry *query, subject uint32, toks []analysis.Token) bool {
	another := false
	for k, t := range toks {
		if !speechVerbs[t.Term] || t.Is(analysis.Capitalized) || k == 0 {
			continue
		}
		prev := toks[k-1]
		if !prev.Is(analysis.Capitalized) || prev.Is(analysis.Stop) || !ix.writtenAsName(prev.Surface) {
			return false
		}
		for m := subject; m != 0; m &= m - 1 {
			if ix.tokenMeets(&qry.terms[bits.TrailingZeros32(m)], prev) {
				return false
			}
		}
		another = true
	}
	return another
}

// speechSubject returns the term of a "What did X say…?" question that
// names who spoke: of its words before the verb of saying that the corpus
// holds in some form and that neither only stress the question nor title
// a name ("What did Mr. Blinken actually say?"), the last name, or the
// first word when none is a name ("What did the Kazakh minister say…?":
// "kazakh"). For "What did Tajik foreign minister Muhriddin say…?" it is
// "muhriddin": a sentence on what another Tajik said does not answer it.
// 0 when there is none ("What did he say?") or no verb of saying.
func (qry *query) speechSubject() uint32 {
	var subject uint32
	for i := range qry.terms {
		qt := &qry.terms[i]
		if speechAsked[analysis.TermOf(qt.surface)] {
			return subject
		}
		if !qt.minor && len(qt.alts) > 0 && (qt.name || subject == 0) {
			subject = 1 << i
		}
	}
	return 0
}

// speechTopic returns the terms of a "What did X say…?" question that are
// neither its subject (its first term) nor a verb of saying, and that the
// corpus holds in some form: "g20" in "What did Blinken say at the G20?".
// What was said is said about them.
func (qry *query) speechTopic() uint32 {
	var m uint32
	for i := 1; i < len(qry.terms); i++ {
		if qt := &qry.terms[i]; len(qt.alts) > 0 && !speechAsked[analysis.TermOf(qt.surface)] {
			m |= 1 << i
		}
	}
	return m
}

// maxModifiers is how many words may stand between an article and its noun.
const maxModifiers = 4

// unnamedNoun reports whether a candidate sentence brings in the thing
// whose name the question asks for (qry.named) with "a" or "an" and
// gives it no name: "Blinken entered an imposing blue-domed palace" names
// no palace, "a Russian military base in Tajikistan" no base. A name is a
// capitalised word the question does not write among the noun's
// modifiers ("the Akorda palace"), in apposition before its article
// ("Pawiak, an infamous prison"), or right after the noun, past "of",
// "called" and the question's own names ("Uzbekistan's President Shavkat
// Mirziyoyev", "the current president of Kyrgyzstan Sadyr Japarov", "a
// code called the Yassa"). Any sentence that names the noun so, or
// brings it in otherwise, may answer: "stayed at the San Jose Marriott"
// for the name of a hotel.
func (ix *Index) unnamedNoun(qry *query, c *candidate, sc *scratch) bool {
	noun := &qry.terms[bits.TrailingZeros32(qry.named)]
	pos := qry.termPositions(ix)
	asked := func(t analysis.Token) bool { // it meets a word of the question
		id, ok := ix.termIDs[t.Term]
		_, met := pos[id]
		return ok && met
	}
	name := func(t analysis.Token) bool {
		return t.Is(analysis.Capitalized) && !t.Is(analysis.Stop) && !t.Is(analysis.Compound) && !asked(t)
	}
	sc.toks = sc.an.Analyze(sc.toks[:0], ix.c.Text(int(c.sid)))
	toks := sc.toks
	unnamed := false
	for i, t := range toks {
		if !ix.tokenMeets(noun, t) {
			continue
		}
		// Back over the noun's modifiers to its article: "an imposing
		// blue-domed palace", "a Russian military base".
		k := i - 1
		for k >= 0 && !toks[k].Is(analysis.Stop) && i-k <= maxModifiers {
			if name(toks[k]) && !toks[k].Is(analysis.Initial) {
				return false // "the Akorda palace"
			}
			k--
		}
		indefinite := k >= 0 && (toks[k].Surface == "a" || toks[k].Surface == "an")
		if indefinite && k > 0 && name(toks[k-1]) {
			return false // "Pawiak, an infamous prison"
		}
		j := i + 1
		for j < len(toks) && (toks[j].Is(analysis.Compound) || toks[j].Surface == "of" || toks[j].Surface == "the" || toks[j].Surface == "s" ||
			toks[j].Surface == "as" || namingVerbs[toks[j].Surface] || toks[j].Is(analysis.Capitalized) && asked(toks[j])) {
			j++ // "the president of Kyrgyzstan Sadyr Japarov", "a code called the Yassa"
		}
		if j < len(toks) && name(toks[j]) {
			return false
		}
		unnamed = unnamed || indefinite
	}
	return unnamed
}

// meetsFocus reports whether a candidate sentence itself meets the
// attribute a question asks for, if it asks for one: a word of it, one of
// its alternatives, or a word close in meaning (Params.FocusMin).
func (ix *Index) meetsFocus(qry *query, c *candidate) bool {
	asked := false
	for i := range qry.terms {
		qt := &qry.terms[i]
		if !qt.focus {
			continue
		}
		asked = true
		if c.mask&(1<<i) != 0 || qt.vec >= 0 && ix.closest(qt.vec, c.sid) >= ix.p.FocusMin {
			return true
		}
	}
	return !asked
}

// othersAttribute reports whether every time a candidate sentence names
// the attribute a question asks about ("president" in "Who is the
// president of Tajikistan?"), it is another owner's: "president of
// Kyrgyzstan", "Kyrgyzstan's president", "the Kyrgyz president". Such a
// sentence answers another question.
func (ix *Index) othersAttribute(qry *query, c *candidate, sc *scratch) bool {
	if qry.focusOwners == 0 {
		return false
	}
	ours := func(t analysis.Token) bool {
		for m := qry.focusOwners; m != 0; m &= m - 1 {
			if ix.tokenMeets(&qry.terms[bits.TrailingZeros32(m)], t) {
				return true
			}
		}
		return false
	}
	isFocus := func(t analysis.Token) bool {
		id, ok := ix.termIDs[t.Term]
		if !ok {
			return false
		}
		for i := range qry.terms {
			if qt := &qry.terms[i]; qt.focus && len(qt.alts) > 0 && qt.alts[0].how == "exact" && qt.alts[0].term == id {
				return true
			}
		}
		return false
	}
	owner := func(t analysis.Token) bool { // a name, not one of the question's owners
		return t.Is(analysis.Capitalized) && !t.Is(analysis.Initial) && !t.Is(analysis.Stop) && ix.writtenAsName(t.Surface)
	}
	sc.toks = sc.an.Analyze(sc.toks[:0], ix.c.Text(int(c.sid)))
	toks := sc.toks
	named, foreign := 0, 0
	for i, t := range toks {
		if !isFocus(t) {
			continue
		}
		named++
		var o *analysis.Token
		switch {
		case i+1 < len(toks) && toks[i+1].Surface == "of":
			j := i + 2
			if j < len(toks) && toks[j].Surface == "the" {
				j++
			}
			if j < len(toks) && owner(toks[j]) {
				o = &toks[j]
			}
		case i > 0 && owner(toks[i-1]) && len(ix.relatedNames(toks[i-1].Surface)) > 0:
			// "the Kazakh capital": a name's adjective.
			o = &toks[i-1]
		case i > 1 && toks[i-1].Surface == "s" && owner(toks[i-2]):
			o = &toks[i-2]
		}
		if o != nil && !ours(*o) {
			foreign++
		}
	}
	return named > 0 && foreign == named
}

// closest returns the highest cosine similarity between a word vector and
// the vectors of a sentence's words, 0 when none has one.
func (ix *Index) closest(vec int32, sid uint32) float64 {
	var best float64
	for _, t := range ix.fwd[ix.fwdStart[sid]:ix.fwdStart[sid+1]] {
		if v := ix.termVec[t]; v >= 0 {
			best = max(best, ix.vecs.Cos(vec, v))
		}
	}
	return best
}

// numberCandidates is how many of the best candidates are looked at for a
// number when a question asks for an amount.
const numberCandidates = 5

// speechCandidates is how many of the best candidates are looked at for
// one that reports what was said (Params.NeedSpeech).
const speechCandidates = 3

// dateCandidates is how many of the best candidates are looked at for a
// date or a time (Params.NeedDate).
const dateCandidates = 3

// Candidates kept after each stage of ranking: by the sentence's own BM25
// score, then after context, which needs the match masks of neighbours;
// then how many get the costlier features (see rank).
const (
	firstStage      = 256
	secondStage     = 64
	softStage       = 32
	softStageLacks  = secondStage // … when a question word the corpus lacks has a word vector
	proximityStage  = 10
	definitionStage = 32
)

// rank scores the sentences that meet the question and returns the best,
// at least want of them when there are that many. Scoring runs in stages,
// so that the costlier features are computed for few sentences:
//
//  1. every sentence holding a question term (or an alternative) gets its
//     BM25 score and the mask of question terms it holds;
//  2. the best by that score get context: question terms held by a
//     neighbouring sentence, elsewhere in the paragraph, or in the title;
//  3. the best after context get the answer-type check, and the first
//     softStage of them the closeness in meaning of the words they lack
//     (softMatch); all of them when the question has a word the corpus
//     lacks but the word vectors know ("trip", met by "visit"), since for
//     that word closeness in meaning is the only evidence and the lexical
//     order knows nothing of it;
//  4. the first proximityStage after that get the proximity check.
func (ix *Index) rank(qry *query, sc *scratch, want int) []candidate {
	if len(qry.terms) == 0 || qry.mass == 0 {
		return nil
	}
	slots := sc.slots
	touched := sc.touched[:0]
	k1, b := ix.p.K1, ix.p.B
	// Terms are read rarest first. Once enough sentences are in play and
	// the terms left could not, all together, lift a sentence that has
	// none of the others to 70% of the best score so far, those terms only
	// add to sentences already in play (MaxScore-style pruning): a word
	// found in a tenth of the corpus does not put a tenth of the corpus in
	// play.
	order := make([]int, len(qry.terms))
	bound := make([]float64, len(qry.terms))
	for i, qt := range qry.terms {
		order[i] = i
		for _, a := range qt.alts {
			bound[i] = math.Max(bound[i], a.weight*a.idf*(k1+1)/(1+k1*(1-b)))
		}
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(bound[y], bound[x]) })
	left := 0.0
	for _, u := range bound {
		left += u
	}
	// norm[l] is BM25's length term for a sentence of l content terms.
	var norm [256]float32
	for l := range norm {
		norm[l] = float32(k1 * (1 - b + b*float64(l)/ix.avgLen))
	}
	var one [256]float32 // an alternative's score for tf 1, by length
	var best float32
	for _, i := range order {
		qt := &qry.terms[i]
		bit := uint32(1) << i
		closed := len(touched) >= 4*firstStage && left < 0.7*float64(best)
		left -= bound[i]
		for _, a := range qt.alts {
			wi := float32(a.weight * a.idf)
			kp := float32(k1 + 1)
			for l := range one {
				one[l] = wi * kp / (1 + norm[l])
			}
			ps := ix.postingsOfAlt(a)
			if closed && len(touched)*bits.Len(uint(len(ps))) < len(ps) {
				// Only sentences in play can gain, and they are fewer than
				// the term's postings: look each up instead of reading
				// them all.
				for _, sid := range touched {
					m := slots[sid].mask
					if m&bit != 0 {
						continue
					}
					e, ok := findPosting(ps, sid)
					if !ok {
						continue
					}
					slots[sid].mask = m | bit
					slots[sid].acc += termScore(e, ix.sentLen[sid], &one, &norm, wi, kp)
				}
				continue
			}
			for _, e := range ps {
				sid := e >> tfBits
				m := slots[sid].mask
				if m&bit != 0 || closed && m == 0 {
					continue
				}
				if m == 0 {
					touched = append(touched, sid)
				}
				slots[sid].mask = m | bit
				slots[sid].acc += termScore(e, ix.sentLen[sid], &one, &norm, wi, kp)
				best = max(best, slots[sid].acc)
			}
		}
	}
	cands := bestByScore(touched, slots, max(firstStage, want*4))
	for i := range cands {
		cands[i].own = cands[i].score
		cands[i].mask = slots[cands[i].sid].mask
	}
	titleMasks := make(map[int32][2]uint32) // article → title mask, outlet mask
	for i := range cands {
		c := &cands[i]
		s := ix.c.Sentences[c.sid]
		art := &ix.c.Articles[s.Article]
		var near, para uint32
		if int(c.sid) > art.First {
			near |= slots[c.sid-1].mask
		}
		if int(c.sid) < art.First+art.Count-1 {
			near |= slots[c.sid+1].mask
		}
		for j := int(c.sid) - 1; j >= art.First && ix.c.Sentences[j].Paragraph == s.Paragraph; j-- {
			para |= slots[j].mask
		}
		for j := int(c.sid) + 1; j < art.First+art.Count && ix.c.Sentences[j].Paragraph == s.Paragraph; j++ {
			para |= slots[j].mask
		}
		near &^= c.mask
		para &^= c.mask | near
		meta, ok := titleMasks[s.Article]
		if !ok {
			meta = [2]uint32{ix.metadataMask(qry, ix.titleTerms[s.Article]), ix.outletMask(qry, ix.outletTerms[s.Article])}
			titleMasks[s.Article] = meta
		}
		src := meta[1] &^ c.mask
		tm := meta[0] &^ (c.mask | near | para | src)
		c.ctx, c.para, c.title, c.src = near, para, tm, src
		var back uint32
		if ix.p.Antecedent > 0 && int(c.sid) > art.First && refersBack(ix.c.Text(int(c.sid))) {
			back = slots[c.sid-1].mask & near &^ qry.neighbourNames()
		}
		c.back = back
		mn := ix.p.Neighbour*qry.creditOf(near&qry.neighbourNames()) + ix.p.Antecedent*qry.creditOf(back) + ix.p.NeighbourWord*qry.creditOf(near&^qry.neighbourNames()&^back)
		mp, mt, ms := qry.creditOf(para), qry.creditOf(tm), qry.creditOf(src)
		c.score = (c.own + mn + ix.p.Paragraph*mp + ix.titleWeight(s.Article)*mt + ix.p.Outlet*ms) / qry.mass
		if s.Kind == corpus.Heading {
			c.score *= ix.p.HeadingPen
		}
	}
	for _, sid := range touched {
		slots[sid] = slot{}
	}
	sc.touched = touched[:0]
	top := topN(cands, max(secondStage, want*4))
	soft := softStage
	if slices.ContainsFunc(qry.terms, func(qt qterm) bool { return len(qt.alts) == 0 && qt.vec >= 0 }) {
		soft = softStageLacks
	}
	for i := range top {
		c := &top[i]
		if ix.p.Soft > 0 && i < soft {
			c.soft = ix.softMatch(qry, c)
			c.score += ix.p.Soft * c.soft
		}
		c.cover = (ix.matchedMass(qry, c) + c.closeMass + qry.massOf(c.src) + ix.p.Cover*qry.massOf(c.ctx|c.para|c.title)) / qry.mass
		if ix.hasType(qry.want, c.sid, qry.qterms) {
			c.typed = true
			c.score += ix.typeBonus(qry.want)
			if qry.unit != anyUnit && ix.hasUnit(qry.unit, c.sid) {
				c.unit = true
				c.score += ix.p.UnitBonus
			}
		}
	}
	proximity := ix.p.Proximity > 0 && len(qry.terms) > 1
	counts := qry.counted != 0 && (ix.p.CountBonus > 0 || ix.p.NeedCount)
	why := qry.why && ix.p.ReasonBonus > 0
	how := qry.how && ix.p.MeansBonus > 0
	former := qry.former != 0
	define := qry.defined != 0 && ix.p.DefinitionBonus > 0
	rate := qry.per != 0 && ix.p.RateBonus > 0
	list := qry.list != 0 && ix.p.ListBonus > 0
	dest := qry.motion != 0
	holder := qry.who && (qry.names != 0 && ix.p.HolderBonus > 0 || ix.p.RoleBonus > 0)
	if proximity || counts || why || how || former || define || rate || list || dest || holder {
		slices.SortStableFunc(top, func(a, b candidate) int { return cmp.Compare(b.score, a.score) })
		pos := qry.termPositions(ix)
		var given func(analysis.Token) bool
		if qry.person {
			given = ix.givenName
		}
		var defining map[termID]uint32 // a term of what "What is X?" asks about, or of a long form → the question words it meets
		if define {
			defining = make(map[termID]uint32)
			for m := qry.defined; m != 0; m &= m - 1 {
				i := bits.TrailingZeros32(m)
				for _, a := range qry.terms[i].alts {
					if a.phrase == nil {
						defining[a.term] |= 1 << i
					}
					for _, t := range a.phrase {
						defining[t] |= 1 << i
					}
				}
			}
		}
		n := proximityStage
		if define || former {
			// A thing asked to be defined is often named by many
			// sentences, the defining one not the shortest of them; one
			// whose former name is asked for as well, and the sentence
			// that gives it may name it only by its role ("the
			// pre-planned capital, earlier known as Nur-Sultan").
			n = definitionStage
		}
		for i := range top[:min(len(top), n)] {
			c := &top[i]
			text := ix.c.Text(int(c.sid))
			sc.toks = sc.an.Analyze(sc.toks[:0], text)
			if define {
				if c.defines = definition(text, sc.toks, ix.termIDs, defining, qry.defined, given); c.defines {
					c.score += ix.p.DefinitionBonus
				}
			}
			if former {
				if c.renamed = statesFormerName(sc.toks); c.renamed {
					// It meets the words that ask for one.
					c.score += ix.p.FormerBonus
					c.cover += qry.massOf(qry.former&^c.mask) / qry.mass
				}
			}
			if i >= proximityStage {
				continue
			}
			if proximity {
				c.near = ix.proximity(qry, pos, sc.toks)
				c.score += ix.p.Proximity * c.near
			}
			if rate {
				if c.rate = ix.statesRate(qry, pos, sc.toks); c.rate {
					c.score += ix.p.RateBonus
					// "$9 million per country" says what each country
					// gets: it meets the words of the rate.
					c.cover += qry.massOf(qry.per&^c.mask) / qry.mass
				}
			}
			if dest {
				if c.dest = ix.statesDestination(qry, pos, sc.toks); c.dest {
					c.score += ix.p.DestBonus
				}
			}
			if list {
				if c.lists = ix.listsNames(qry, pos, text, sc.toks); c.lists {
					// The names listed are the things the noun asks for:
					// they meet it.
					c.score += ix.p.ListBonus
					c.cover += qry.massOf(qry.list&^c.mask) / qry.mass
				}
			}
			if holder {
				switch held, asked := ix.namesHolder(qry, pos, sc.toks); {
				case asked && qry.names != 0:
					c.holder = true
					c.score += ix.p.HolderBonus
				case held:
					c.role = true
					c.score += ix.p.RoleBonus
				}
			}
			if counts {
				if c.counts = ix.countsNoun(qry, pos, sc.toks); c.counts {
					c.score += ix.p.CountBonus
				}
			}
			if why {
				if c.reason = statesReason(sc.toks); c.reason {
					c.score += ix.p.ReasonBonus
				}
			}
			if how {
				if c.means = statesMeans(sc.toks); c.means {
					c.score += ix.p.MeansBonus
				}
			}
		}
	}
	slices.SortStableFunc(top, byScore)
	return top
}

// phraseText writes a long form's terms, for --explain.
func (ix *Index) phraseText(long []termID) string {
	words := make([]string, len(long))
	for i, id := range long {
		words[i] = ix.termText[id]
	}
	return strings.Join(words, " ")
}

// rateNouns returns the words an amount may be asked per: the words after
// "per", "each" or "every", to the first stop word. The noun is the last
// of them ("country" in "How much per country?" or "for each Central
// Asian country") unless a verb follows it ("each country get", "each
// nation end up with"), which is why all are returned.
func rateNouns(toks []analysis.Token) []string {
	for i, t := range toks {
		if !rateWords[t.Surface] {
			continue
		}
		var nouns []string
		for _, u := range toks[i+1:] {
			if u.Is(analysis.Stop) {
				break
			}
			if !u.Is(analysis.Compound) {
				nouns = append(nouns, u.Surface)
			}
		}
		if len(nouns) > 0 && nouns[0] == "one" {
			// "among the five states, how much does each one get?":
			// "one" stands for the plural noun before it.
			for j := i - 1; j >= 0; j-- {
				if u := toks[j]; !u.Is(analysis.Stop) && u.Term != u.Surface && strings.HasSuffix(u.Surface, "s") {
					nouns[0] = u.Surface
					break
				}
			}
		}
		if len(nouns) > 0 {
			return nouns
		}
	}
	return nil
}

// englishWord reports whether a folded word is among the English words
// the word vectors hold (the 40,000 most frequent): "pasta" is not a
// misspelt "past", nor "town" a misspelt "down", though the thesaurus,
// which lists only words it relates, may not know them.
func (ix *Index) englishWord(w string) bool { return ix.vecs != nil && ix.vecs.ID(w) >= 0 }

// rateWords put an amount per something: "$9 million per country".
var rateWords = map[string]bool{"per": true, "each": true, "every": true}

// statesRate reports whether a sentence, analysed, states an amount per
// the noun the question asks it per: "per" or "each" right before a word
// that meets it ("$9 million per country").
func (ix *Index) statesRate(qry *query, pos map[termID]int, sentence []analysis.Token) bool {
	for i := 0; i+1 < len(sentence); i++ {
		if !rateWords[sentence[i].Surface] {
			continue
		}
		if id, ok := ix.termIDs[sentence[i+1].Term]; ok {
			if j, ok := pos[id]; ok && qry.per&(1<<j) != 0 {
				return true
			}
		}
	}
	return false
}

// countedWords returns the words of the noun a "how many" question
// counts: up to two words after "many", to the first stop word. A name's
// adjective before them only says whose they are ("Russian soldiers",
// "Central Asian countries"): it is left out when another word follows.
// In a question typed without capitals (caseless), any word the corpus
// writes as a name's adjective is one ("how many russian soldiers").
// With stopAtVerb, a verb in the past after the noun ends it and is
// returned as the deed asked about: "voted" in "How many countries
// voted…" (see Params.CountVerb).
func countedWords(toks []analysis.Token, nameAdjective func(string) bool, stopAtVerb, caseless bool) (words []string, deed string) {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Surface != "how" || toks[i+1].Surface != "many" {
			continue
		}
		if i+2 < len(toks) && toks[i+2].Surface == analysis.Percent {
			// "How many % of the votes…" asks a share, which counts
			// nothing: "81% of the votes".
			return nil, ""
		}
		var out []string
		owner := true
		for _, t := range toks[i+2:] {
			if len(out) > 0 && stopAtVerb && inflectedVerb(t.Surface) {
				return out, t.Surface
			}
			if t.Is(analysis.Stop) || len(out) == 2 {
				break
			}
			if t.Is(analysis.Compound) {
				continue
			}
			adjective := (t.Is(analysis.Capitalized) || caseless) && nameAdjective(t.Surface)
			if owner && !adjective && len(out) > 0 {
				out = out[:0]
			}
			owner = owner && adjective
			out = append(out, t.Surface)
		}
		return out, ""
	}
	return nil, ""
}

// countsNoun reports whether a sentence, analysed, counts what a "how many"
// question asks about: a number, in figures or words, with a word of the
// counted noun (or one of its alternatives) at most countWindow words
// after it: "three personal messages", "more than 10 times", "two-day".
// When the question asks who did something ("How many countries
// voted…"), the noun must not be followed by another deed ("all five
// countries abstained"), and the deed itself, a word further on, counts
// as the noun ("16 national science academies issued"); "one of the X"
// counts nothing.
func (ix *Index) countsNoun(qry *query, pos map[termID]int, sentence []analysis.Token) bool {
	number := -countWindow - 1 // word position of the last number
	w := 0
	for k, t := range sentence {
		if t.Is(analysis.Stop) || t.Is(analysis.Compound) {
			continue
		}
		w++
		if t.Surface == analysis.Percent && number == w-1 {
			// "90 percent of Russian troops" is a share of them, not a
			// count.
			number = -countWindow - 1
			continue
		}
		if t.Is(analysis.Number) && !isYear(t.Surface) || numberWords[t.Surface] {
			partitive := ix.p.CountVerb && t.Surface == "one" && k+1 < len(sentence) && sentence[k+1].Surface == "of" // "one of the countries"
			if (!qry.exact || !roundNumbers[t.Surface]) && !partitive {
				number = w
			}
			continue
		}
		if w-number > countWindow+1 { // the deed may stand one word further than the noun
			continue
		}
		if id, ok := ix.termIDs[t.Term]; ok {
			i, ok := pos[id]
			switch {
			case !ok:
				if w-number <= countWindow && ix.closeToCounted(qry, t.Surface) && (qry.deed == 0 || !ix.otherDeed(qry, sentence[k+1:])) {
					return true
				}
			case qry.counted&(1<<i) != 0 && w-number <= countWindow:
				if qry.deed == 0 || !ix.otherDeed(qry, sentence[k+1:]) {
					return true
				}
			case qry.deed&(1<<i) != 0 && inflectedVerb(t.Surface):
				// The number counts those who did what is asked: "Four
				// thousand emigrated", "16 national science academies
				// issued".
				return true
			}
		}
	}
	return false
}

// closeToCounted reports whether a sentence word stands close enough in
// meaning to a counted noun of the question to count as it
// (Params.CoverClose): "three personal messages" counts the letters of
// "How many letters…?".
func (ix *Index) closeToCounted(qry *query, word string) bool {
	if ix.vecs == nil || ix.p.CoverClose <= 0 {
		return false
	}
	v := ix.vecs.ID(word)
	if v < 0 {
		return false
	}
	for m := qry.counted; m != 0; m &= m - 1 {
		if qv := qry.terms[bits.TrailingZeros32(m)].vec; qv >= 0 && ix.vecs.Cos(qv, v) >= ix.p.CoverClose {
			return true
		}
	}
	return false
}

// inflectedVerb reports whether a word is the past form of a verb:
// "abstained", "voted", "died".
func inflectedVerb(w string) bool {
	th, err := thesaurus.Default()
	if err != nil || !strings.HasSuffix(w, "ed") || th.IsLemma(w, "n") {
		return false
	}
	return slices.ContainsFunc(th.Lemmas(w), func(l string) bool { return l != w && th.IsLemma(l, "v") })
}

// otherDeed reports whether the words after a counted noun start with a
// verb, inflected, that meets no word of the question: "all five countries
// abstained" does not count the countries that voted for something.
func (ix *Index) otherDeed(qry *query, after []analysis.Token) bool {
	for len(after) > 0 && after[0].Is(analysis.Compound) {
		after = after[1:]
	}
	if len(after) == 0 || after[0].Is(analysis.Stop) || after[0].Is(analysis.Capitalized) {
		return false
	}
	t := after[0]
	if !inflectedVerb(t.Surface) {
		return false
	}
	for i := range qry.terms {
		if ix.tokenMeets(&qry.terms[i], t) {
			return false
		}
	}
	return true
}

// roundNumbers tell an amount only roughly: "tens of thousands of
// Russians" does not answer "Exactly how many Russians…?".
var roundNumbers = map[string]bool{"hundreds": true, "thousands": true, "millions": true, "billions": true, "dozens": true, "tens": true,
	"majority": true, "minority": true}

// countWindow is how many words after a number the counted noun may stand.
const countWindow = 3

// softMatch returns how much of the question a sentence meets with words
// close in meaning to question words it does not hold: for each such
// question word, its mass times how far the closest word of the sentence
// stands above Params.SoftMin in cosine similarity, rescaled to [0, 1].
func (ix *Index) softMatch(qry *query, c *candidate) float64 {
	var s float64
	lo := ix.p.SoftMin
	for i := range qry.terms {
		qt := &qry.terms[i]
		if qt.vec < 0 || c.mask&(1<<i) != 0 {
			continue
		}
		best := max(lo, ix.closest(qt.vec, c.sid))
		s += qt.mass * (best - lo) / (1 - lo)
		if len(qt.alts) == 0 && ix.p.CoverClose > 0 && best >= ix.p.CoverClose {
			// A word the corpus lacks, met by a word this close, counts
			// as covered: "trip" by "visit".
			c.closeMass += qt.mass
		}
	}
	return s / qry.mass
}

// typeBonus is what a sentence holding the kind of thing asked for gains.
func (ix *Index) typeBonus(want answerType) float64 {
	if want == nameType {
		return ix.p.NameBonus
	}
	return ix.p.TypeBonus
}

// termPositions maps each term that can meet a question word (the word
// itself or an alternative) to that word's place in the question.
func (qry *query) termPositions(ix *Index) map[termID]int {
	pos := make(map[termID]int)
	for i, qt := range qry.terms {
		for _, a := range qt.alts {
			if _, ok := pos[a.term]; !ok && a.phrase == nil {
				pos[a.term] = i
			}
		}
	}
	return pos
}

// proximityWindow is how many words apart two question words may stand in
// a sentence and still count as close.
const proximityWindow = 3

// proximity returns the mass of the question's adjacent word pairs (i, i+1)
// that a sentence, analysed, holds in the same order within proximityWindow words,
// as a share of the question's mass.
func (ix *Index) proximity(qry *query, pos map[termID]int, sentence []analysis.Token) float64 {
	last := make([]int, len(qry.terms)) // last word position where term i stood, +1
	var got uint32
	w := 0
	for _, t := range sentence {
		if t.Is(analysis.Stop) || t.Is(analysis.Compound) {
			continue
		}
		w++
		id, ok := ix.termIDs[t.Term]
		if !ok {
			continue
		}
		i, ok := pos[id]
		if !ok {
			continue
		}
		last[i] = w
		if i > 0 && last[i-1] > 0 && w-last[i-1] <= proximityWindow {
			got |= 1 << i
		}
	}
	var s float64
	for m := got; m != 0; m &= m - 1 {
		i := bits.TrailingZeros32(m)
		s += min(qry.terms[i-1].mass, qry.terms[i].mass)
	}
	return s / qry.mass
}

// matchedMass sums, over the question terms a sentence holds, each term's
// mass times the weight of the best alternative that met it: a synonym
// covers less of the question than the word itself.
func (ix *Index) matchedMass(qry *query, c *candidate) float64 {
	var s float64
	for m := c.mask; m != 0; m &= m - 1 {
		i := bits.TrailingZeros32(m)
		qt := &qry.terms[i]
		for _, a := range qt.alts {
			if ix.holds(a, c.sid) {
				s += qt.mass * a.weight
				break
			}
		}
	}
	return s
}

// holds reports whether sentence sid meets alternative a.
func (ix *Index) holds(a alt, sid uint32) bool {
	if a.phrase == nil {
		return ix.contains(a.term, sid)
	}
	for _, t := range a.phrase {
		if !ix.contains(t, sid) {
			return false
		}
	}
	return true
}

// neighbourNames returns the names that count as names when a
// neighbouring sentence holds them (Params.Neighbour), misspelt ones too
// ("Why did Blinkmn think…?" is answered by the quote after the sentence
// that names Blinken, as "Blinken" is): all but the source
// whose view is asked for, which the answer names itself more often than
// its neighbour does ("According to Vedomosti Kazakhstan, the association
// …" answers "What does Vedomosti Kazakhstan say about the Eurasian Economic
// Union?" better than the sentence on the union after it).
func (qry *query) neighbourNames() uint32 { return (qry.names | qry.misspeltNames) &^ qry.source }

// massOf sums the mass of the question terms in mask.
func (qry *query) massOf(m uint32) float64 {
	var s float64
	for m != 0 {
		i := bits.TrailingZeros32(m)
		s += qry.terms[i].mass
		m &= m - 1
	}
	return s
}

// creditOf sums what the terms of m score when they stand beside a
// sentence rather than in it: their mass, at most ctxMax where set.
func (qry *query) creditOf(m uint32) float64 {
	var s float64
	for ; m != 0; m &= m - 1 {
		s += qry.terms[bits.TrailingZeros32(m)].credit()
	}
	return s
}

// credit is what the term scores beside a sentence (see creditOf).
func (qt *qterm) credit() float64 {
	if qt.ctxMax > 0 {
		return min(qt.mass, qt.ctxMax)
	}
	return qt.mass
}

// outletMask returns the question terms that name an article's outlet,
// given as its sorted terms (see outletNames).
func (ix *Index) outletMask(qry *query, tt []termID) uint32 {
	var m uint32
	for b := qry.outlets; b != 0; b &= b - 1 {
		i := bits.TrailingZeros32(b)
		for _, a := range qry.terms[i].alts {
			if !outletAlt(a) {
				continue
			}
			if _, ok := slices.BinarySearch(tt, a.term); ok {
				m |= 1 << i
				break
			}
		}
	}
	return m
}

// outletNames returns the question terms that may name an outlet: as
// written or misspelt, not by a synonym, and written with a capital or
// rare in the articles' text, so that "how many times" does not name the
// Japan Times while "japan times" and "geofor" do.
func (ix *Index) outletNames(qry *query) uint32 {
	var m uint32
	for i, qt := range qry.terms {
		for _, a := range qt.alts {
			if !outletAlt(a) || !qt.cased && ix.df(a.term) > maxOutletDF {
				continue
			}
			if _, ok := slices.BinarySearch(ix.outletWords, a.term); ok {
				m |= 1 << i
				break
			}
		}
	}
	return m
}

// outletAlt reports whether an alternative may name an outlet.
func outletAlt(a alt) bool {
	return a.phrase == nil && (a.how == "exact" || strings.HasPrefix(a.how, "fuzzy"))
}

// maxOutletDF is how many sentences may hold a word of an outlet's name
// for a question that writes it in lower case to name the outlet.
const maxOutletDF = 2

// metadataMask returns the question terms met in an article's title,
// given as its sorted terms.
func (ix *Index) metadataMask(qry *query, tt []termID) uint32 {
	if len(tt) == 0 {
		return 0
	}
	var m uint32
	for i, qt := range qry.terms {
		for _, a := range qt.alts {
			if a.phrase == nil {
				if _, ok := slices.BinarySearch(tt, a.term); ok {
					m |= 1 << i
					break
				}
			}
		}
	}
	return m
}

// postingsOfAlt returns the postings of an alternative: its term's, or for
// a long form the sentences holding all its terms, with a term frequency of
// one. Those are found once and kept: the corpus defines few acronyms, and
// their words can be common.
func (ix *Index) postingsOfAlt(a alt) []uint32 {
	if a.phrase == nil {
		return ix.postingsOf(a.term)
	}
	key := fmt.Sprint(a.phrase)
	if cached, ok := ix.phrases.Load(key); ok {
		return cached.([]uint32)
	}
	rarest := slices.MinFunc(a.phrase, func(x, y termID) int { return ix.df(x) - ix.df(y) })
	var ps []uint32
outer:
	for _, e := range ix.postingsOf(rarest) {
		sid := e >> tfBits
		for _, t := range a.phrase {
			if t != rarest && !ix.contains(t, sid) {
				continue outer
			}
		}
		ps = append(ps, sid<<tfBits|1)
	}
	cached, _ := ix.phrases.LoadOrStore(key, ps)
	return cached.([]uint32)
}

// termScore is BM25's score of one posting e in a sentence of length l:
// one[l] when the term stands once (most postings), else computed from the
// length term norm[l], the alternative's weighted idf wi and k1+1 kp.
func termScore(e uint32, l uint8, one, norm *[256]float32, wi, kp float32) float32 {
	if tf := float32(e & tfMax); tf > 1 {
		return wi * tf * kp / (tf + norm[l])
	}
	return one[l]
}

// bestByScore returns the n sentences of touched with the highest scores in
// acc, as candidates, without sorting them all: a min-heap of n holds the
// best so far.
func bestByScore(touched []uint32, slots []slot, n int) []candidate {
	h := make([]uint32, 0, min(n, len(touched)))
	less := func(i, j int) bool { // heap order: worst at the root
		a, b := slots[h[i]].acc, slots[h[j]].acc
		return a < b || a == b && h[i] > h[j]
	}
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			if r := l + 1; r < len(h) && less(r, l) {
				l = r
			}
			if !less(l, i) {
				return
			}
			h[i], h[l] = h[l], h[i]
			i = l
		}
	}
	for _, sid := range touched {
		if len(h) < n {
			h = append(h, sid)
			for i := len(h) - 1; i > 0; {
				p := (i - 1) / 2
				if !less(i, p) {
					break
				}
				h[i], h[p] = h[p], h[i]
				i = p
			}
			continue
		}
		if root := h[0]; slots[sid].acc > slots[root].acc || slots[sid].acc == slots[root].acc && sid < root {
			h[0] = sid
			down(0)
		}
	}
	out := make([]candidate, len(h))
	for i, sid := range h {
		out[i] = candidate{sid: sid, score: float64(slots[sid].acc)}
	}
	return out
}

// byScore orders candidates best first, the earlier sentence first among
// equals, so that results do not depend on the order of discovery.
func byScore(a, b candidate) int {
	if a.score != b.score {
		return cmp.Compare(b.score, a.score)
	}
	return cmp.Compare(a.sid, b.sid)
}

// topN returns the n best candidates, best first. There are at most a few
// hundred (bestByScore chose them), so sorting them all is cheap.
func topN(cands []candidate, n int) []candidate {
	slices.SortFunc(cands, byScore)
	return cands[:min(n, len(cands))]
}

// explain breaks an answer's score down.
func (ix *Index) explain(qry *query, c candidate, sc *scratch) *Explain {
	e := &Explain{}
	sc.toks = sc.an.Analyze(sc.toks[:0], ix.c.Text(int(c.sid)))
	written := sc.toks
	for i, qt := range qry.terms {
		bit := uint32(1) << i
		switch {
		case c.mask&bit != 0:
			for _, a := range qt.alts {
				if ix.holds(a, c.sid) {
					how := a.how
					if how == "exact" && a.phrase == nil && !slices.ContainsFunc(written, func(t analysis.Token) bool { return t.Term == ix.termText[a.term] }) {
						// The index added the term: the sentence does not write it.
						how = "named by its role, as earlier in the article (\"the capital\" for \"the capital Astana\")"
						if isYear(qt.surface) {
							how = "a year told relative to the article's date (\"last year\")"
						}
					}
					e.Parts = append(e.Parts, ExplainPart{What: fmt.Sprintf("%q: %s", qt.surface, how), Score: a.weight * a.idf / qry.mass})
					break
				}
			}
		case c.ctx&bit != 0:
			w, where := ix.p.NeighbourWord, "in a neighbouring sentence"
			switch {
			case qry.neighbourNames()&bit != 0:
				w = ix.p.Neighbour
			case c.back&bit != 0:
				w, where = ix.p.Antecedent, "in the sentence before, which this one goes on about"
			}
			e.Parts = append(e.Parts, ExplainPart{What: fmt.Sprintf("%q %s", qt.surface, where), Score: w * qt.credit() / qry.mass})
		case c.para&bit != 0:
			e.Parts = append(e.Parts, ExplainPart{What: fmt.Sprintf("%q in the paragraph", qt.surface), Score: ix.p.Paragraph * qt.credit() / qry.mass})
		case c.src&bit != 0:
			e.Parts = append(e.Parts, ExplainPart{What: fmt.Sprintf("%q: the outlet", qt.surface), Score: ix.p.Outlet * qt.credit() / qry.mass})
		case c.title&bit != 0:
			e.Parts = append(e.Parts, ExplainPart{What: fmt.Sprintf("%q in the title", qt.surface), Score: ix.titleWeight(ix.c.Sentences[c.sid].Article) * qt.credit() / qry.mass})
		default:
			e.Parts = append(e.Parts, ExplainPart{What: fmt.Sprintf("%q not found (%d alternatives)", qt.surface, len(qt.alts))})
		}
	}
	for _, b := range []struct {
		on    bool
		what  string
		score float64
	}{
		{c.typed, "holds the kind of answer asked for", ix.typeBonus(qry.want)},
		{c.unit, "in the unit asked for", ix.p.UnitBonus},
		{c.soft > 0, "words close in meaning", ix.p.Soft * c.soft},
		{c.counts, "counts what is asked", ix.p.CountBonus},
		{c.rate, "states the amount per what is asked", ix.p.RateBonus},
		{c.dest, "takes someone to a place the question does not name", ix.p.DestBonus},
		{c.lists, "lists names the question does not", ix.p.ListBonus},
		{c.holder, "names who holds a role of a name the question writes", ix.p.HolderBonus},
		{c.role, "names a person by a role", ix.p.RoleBonus},
		{c.reason, "states a reason or purpose", ix.p.ReasonBonus},
		{c.means, "states a means", ix.p.MeansBonus},
		{c.renamed, "gives a former name", ix.p.FormerBonus},
		{c.near > 0, "question words close together", ix.p.Proximity * c.near},
	} {
		if b.on {
			e.Parts = append(e.Parts, ExplainPart{What: b.what, Score: b.score})
		}
	}
	e.Parts = append(e.Parts, ExplainPart{What: fmt.Sprintf("covers %.0f%% of the question (answers need %.0f%%)", 100*c.cover, 100*ix.p.MinCover)})
	return e
}

// markClauseInitials marks the words of question q, analysed as toks,
// that open a sentence of it as initial: capitalised for that, as its
// first word is, they name no one ("What did Tokayev say? Source
// please."). A full stop after "Mr" or "U.S." ends no sentence.
func markClauseInitials(q string, toks []analysis.Token) {
	for i := 1; i < len(toks); i++ {
		prev, t := toks[i-1], &toks[i]
		if prev.End > t.Start {
			continue
		}
		gap := q[prev.End:t.Start]
		if strings.ContainsAny(gap, "?!") || strings.Contains(gap, ".") && len(prev.Surface) > 2 && !honorifics[prev.Surface] {
			t.Flags |= analysis.Initial
		}
	}
}

// titleWords returns the start offsets of the question's words that stand
// as a title or an honorific right before a name the corpus writes:
// "Secretary" in "Secretary Blinken", "Mr" in "Mr. Blinken", and with
// Params.TitleOf "Secretary" and "State" in "Secretary of State Blinken".
// An honorific the corpus never writes is marked a stop word instead:
// looked for, it would turn the question away.
func (ix *Index) titleWords(toks []analysis.Token) map[int]bool {
	titled := make(map[int]bool)
	for i := 0; i+1 < len(toks); i++ {
		t, next := &toks[i], toks[i+1]
		if !next.Is(analysis.Capitalized) || next.Is(analysis.Initial) || !ix.writtenAsName(next.Surface) {
			continue
		}
		if _, known := ix.termIDs[t.Term]; honorifics[t.Surface] && !known {
			t.Flags |= analysis.Stop
		} else if honorifics[t.Surface] || personRole(t.Surface) && t.Is(analysis.Capitalized) {
			titled[t.Start] = true
		}
	}
	for i := 0; ix.p.TitleOf && i+3 < len(toks); i++ {
		t, of, what, name := toks[i], toks[i+1], toks[i+2], toks[i+3]
		if personRole(t.Surface) && t.Is(analysis.Capitalized) && of.Surface == "of" && what.Is(analysis.Capitalized) &&
			name.Is(analysis.Capitalized) && ix.writtenAsName(name.Surface) && !roleNouns[name.Surface] {
			titled[t.Start], titled[what.Start] = true, true
		}
	}
	return titled
}

// personRole reports whether w is a role noun of a person ("Secretary"),
// not of a place ("Port" in "Port of Long Beach").
func personRole(w string) bool {
	return roleNouns[w] && w != "capital" && w != "city" && w != "town" && w != "port"
}

// honorifics stand before a name and say nothing of whom: "Mr. Blinken".
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "mister": true, "dr": true, "sir": true, "madam": true}

// whContractions are a question word with its auxiliary, typed as one
// word: "whats", "wheres", "whyd".
var whContractions = map[string][2]string{
	"whats": {"what", "is"}, "whos": {"who", "is"}, "wheres": {"where", "is"}, "whens": {"when", "is"}, "hows": {"how", "is"}, "whys": {"why", "is"},
	"whatd": {"what", "did"}, "whod": {"who", "did"}, "whered": {"where", "did"}, "whend": {"when", "did"}, "howd": {"how", "did"}, "whyd": {"why", "did"},
}

// contractions reads a question word's contracted auxiliary as the word
// it stands for: "What'd Blinken say" as "What did Blinken say", "How's"
// as "How is", and "whats", "wheres", "whyd", typed without the
// apostrophe, as two words, so that the question's shape is read as
// written out. q is the question toks were read from. It returns toks,
// extended.
func (ix *Index) contractions(q string, toks []analysis.Token) []analysis.Token {
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if rest := q[t.End:]; i+1 < len(toks) && whWords[t.Surface] && (strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")) {
			switch next := &toks[i+1]; next.Surface {
			case "d":
				next.Surface, next.Term = "did", "did"
			case "s":
				next.Surface, next.Term = "is", "is"
			}
			continue
		}
		parts, ok := whContractions[t.Surface]
		if _, known := ix.termIDs[t.Term]; !ok || known || t.End-t.Start != len(t.Surface) {
			continue
		}
		split := t.End - (len(t.Surface) - len(parts[0]))
		wh := t
		wh.Surface, wh.Term, wh.End, wh.Word, wh.Flags = parts[0], parts[0], split, -1, t.Flags|analysis.Stop
		aux := analysis.Token{Surface: parts[1], Term: parts[1], Start: split, End: t.End, Flags: analysis.Stop, Word: -1}
		toks[i] = wh
		toks = slices.Insert(toks, i+1, aux)
	}
	return toks
}
