package answers

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/citebot/citebot/answers/analysis"
	"github.com/citebot/citebot/answers/internal/thesaurus"
	"github.com/citebot/citebot/answers/internal/wordvec"
	"github.com/citebot/citebot/corpus"
)

// The index is an inverted index over sentences, laid out for a corpus of
// millions of sentences:
//
//   - terms are interned: a stem's id is its place in termText;
//   - postings are one []uint32 for all terms (term t owns
//     postings[postStart[t]:postStart[t+1]]), each entry a sentence number
//     shifted left by tfBits with the term frequency, capped, in the low
//     bits; sentence numbers rise within a term, so a term's postings can be
//     merged or searched without sorting;
//   - a sentence's length (content terms) is one byte;
//   - surface forms (the folded words before stemming) are kept with their
//     term and counts, and a trigram index over them proposes candidates for
//     fuzzy matching, which an edit distance then verifies: no query scans
//     the vocabulary;
//   - acronyms defined in the text ("Collective Security Treaty
//     Organization (CSTO)") map to the terms of their long form.
//
// A query touches only the postings of its terms and their expansions.
const (
	tfBits = 3
	tfMax  = 1<<tfBits - 1
)

type termID = uint32

// termKind says what a term can answer.
type termKind uint8

const (
	kindNumber  termKind = 1 << iota // has a digit
	kindDate                         // a year, month or weekday
	kindName                         // written as a proper noun
	kindMoney                        // a currency: "dollars", "$"
	kindPercent                      // "percent", "%"
	kindMeasure                      // a unit of time or distance: "days", "miles"
	kindAge                          // "old", "age", "aged": how an age is told
)

// kindOf classifies a token for the answer-type check.
func kindOf(t analysis.Token) termKind {
	var k termKind
	if t.Is(analysis.Number) {
		k |= kindNumber
		if isYear(t.Surface) {
			k |= kindDate
		}
	}
	if monthsAndDays[t.Surface] {
		k |= kindDate
	}
	if numberWords[t.Surface] {
		k |= kindNumber
	}
	if analysis.IsCurrency(t.Term) {
		k |= kindMoney
	}
	if t.Term == analysis.Percent {
		k |= kindPercent
	}
	if measureTerms[t.Term] {
		k |= kindMeasure
	}
	if t.Term == "old" || t.Term == "age" {
		k |= kindAge
	}
	return k
}

// surface is one folded word form seen in the corpus.
type surface struct {
	term  termID // its stem
	count uint32 // occurrences
	caps  uint32 // occurrences, not first in the sentence, written with a capital
	mid   uint32 // occurrences not first in the sentence
}

// nameLike reports whether a word is written as a proper noun: with a capital
// wherever it is not the first word of a sentence.
func (s *surface) nameLike() bool { return s.mid > 0 && s.caps*5 >= s.mid*4 }

// Index answers questions about one corpus. It is safe for concurrent use.
type Index struct {
	*indexData
	p Params
}

// indexData is what an Index knows of its corpus; indexes that differ only
// in their Params share it.
type indexData struct {
	c *corpus.Corpus

	termIDs   map[string]termID
	termText  []string
	postStart []uint32
	postings  []uint32
	sentLen   []uint8
	avgLen    float64
	termKind  []termKind // per term

	// The forward index: sentence i's terms, sorted, are
	// fwd[fwdStart[i]:fwdStart[i+1]]. It lets grouping and answer-type
	// checks work on term ids instead of analysing text again.
	fwd      []termID
	fwdStart []uint32

	surfaceIDs   map[string]uint32
	surfaces     []surface
	surfaceTxt   []string
	surfaceLen   []uint8 // runes in each surface, capped at 255
	surfaceFirst []byte  // first byte of each surface
	grams        gramIndex

	acronyms map[termID][][]termID // acronym term → long forms, as terms
	initials map[string][][]termID // initials of a name of three or more words the corpus writes → the name, as terms ("ebrd")
	pairs    map[string][][]termID // initials of a name of two words the corpus writes → the name, as terms ("us" → United States)
	spelled  map[termID][]spelling // a long form's first term → the acronyms it spells

	skeletons map[string][]uint32 // consonant skeleton → name surfaces (see skeleton)
	folds     map[string][]uint32 // transliteration fold → name surfaces (see translitFold)
	names     []uint32            // name surfaces, sorted by text (see relatedNames)

	titleTerms      [][]termID       // per article, sorted: the title's terms
	outletTerms     [][]termID       // per article, sorted: the outlet's terms, and the original outlet's of a translation
	outletWords     []termID         // every outlet's terms, sorted: a question that meets none names no outlet
	outletSpellings []outletSpelling // every outlet's words as written, sorted, for misspellings of them
	titleLen        []uint8          // per article: content terms of the title

	// vecs are the word vectors; termVec is each term's row in them (that
	// of its most frequent written form), -1 for names and words without
	// a vector.
	vecs    *wordvec.Vectors
	termVec []int32

	suggest suggester

	pool    sync.Pool // *scratch
	phrases sync.Map  // long form, as fmt.Sprint of its terms → its sentences (see eachPhrase)
}

// localIndex is what one build worker produces for a run of sentences.
type localIndex struct {
	first       int
	termIDs     map[string]uint32
	terms       []string
	kinds       []termKind
	surfIDs     map[string]uint32
	surfs       []surface // term field holds a local term id
	surfTxt     []string
	entries     []uint32 // per sentence: local term<<tfBits | tf
	offsets     []uint32 // sentence i's entries: entries[offsets[i]:offsets[i+1]]
	sentLen     []uint8
	acronyms    []acronymDef
	initials    []acronymDef    // names of three or more capitalised words, by their initials, each once
	initSeen    map[string]bool // initials and stems of those names, as keys (see addInitials)
	initKey     []byte          // buffers of addInitials
	initLetters []byte
	initLong    []string
	phrases     map[string]uint32 // capitalised runs → count, for suggestions
}

// maxLongForms bounds the long forms kept for one acronym.
const maxLongForms = 3

// spelling is an acronym with one of its long forms.
type spelling struct {
	acronym termID
	long    []termID
}

type acronymDef struct {
	acronym string   // stem of the acronym
	long    []string // stems of the long form
}

// New builds the index of a corpus, using all cores.
func New(c *corpus.Corpus) *Index {
	n := len(c.Sentences)
	workers := max(1, min(runtime.GOMAXPROCS(0), n/2000))
	parts := make([]*localIndex, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[w] = buildLocal(c, lo, hi)
		}()
	}
	wg.Wait()
	// The thesaurus serves the first question; load it while the index is
	// laid out, not then.
	go thesaurus.Default()
	go wordvec.Default()
	ix := &Index{indexData: &indexData{c: c}, p: DefaultParams()}
	ix.merge(parts)
	ix.surfaceLen = make([]uint8, len(ix.surfaceTxt))
	ix.surfaceFirst = make([]byte, len(ix.surfaceTxt))
	for i, w := range ix.surfaceTxt {
		ix.surfaceLen[i] = uint8(min(utf8.RuneCountInString(w), 255))
		ix.surfaceFirst[i] = w[0]
	}
	ix.grams = newGramIndex(ix.surfaceTxt, ix.surfaceLen)
	ix.indexSkeletons()
	ix.indexTitles()
	ix.suggest = newSuggester(parts)
	ix.indexPairs()
	ix.indexVectors()
	return ix
}

// indexVectors finds each term's word vector. Names get none: "Kazakhstan"
// stands near "Uzbekistan", but one is not a paraphrase of the other.
func (ix *Index) indexVectors() {
	v, err := wordvec.Default()
	if err != nil {
		return
	}
	ix.vecs = v
	ix.termVec = make([]int32, len(ix.termText))
	best := make([]uint32, len(ix.termText))
	for i := range ix.termVec {
		ix.termVec[i] = -1
	}
	for id, w := range ix.surfaceTxt {
		s := &ix.surfaces[id]
		if s.count <= best[s.term] {
			continue
		}
		best[s.term] = s.count
		ix.termVec[s.term] = -1
		if !s.nameLike() {
			ix.termVec[s.term] = v.ID(w)
		}
	}
}

// phraseSample is how many sentences' capitalised phrases are counted for
// suggestions, at most: beyond it a regular sample of the sentences is
// read, which keeps the frequent phrases and the build fast.
const phraseSample = 200_000

func buildLocal(c *corpus.Corpus, lo, hi int) *localIndex {
	phraseEvery := max(1, len(c.Sentences)/phraseSample)
	li := &localIndex{
		first:   lo,
		termIDs: make(map[string]uint32),
		surfIDs: make(map[string]uint32),
		phrases: make(map[string]uint32),
		offsets: make([]uint32, 1, hi-lo+1),
		// A news sentence has a dozen or two content terms; room for
		// that up front saves copying a growing slice of millions.
		entries: make([]uint32, 0, (hi-lo)*16),
		sentLen: make([]uint8, 0, hi-lo),
	}
	an := analysis.New()
	var toks []analysis.Token
	var seen []int32      // local term → last sentence that used it, as an entry index
	var bySurface []int32 // the analyzer's word number → local surface, or -1
	var roles roleReferents
	article := int32(-1)
	for i := lo; i < hi; i++ {
		if a := c.Sentences[i].Article; a != article {
			article, roles = a, roleReferents{}
			for j := c.Articles[a].First; j < i; j++ {
				// The range starts within the article: read its roles so far.
				toks = an.Analyze(toks[:0], c.Text(j))
				roles.learn(c.Text(j), toks)
			}
		}
		text := c.Text(i)
		toks = an.Analyze(toks[:0], text)
		if d := c.Articles[c.Sentences[i].Article].Date; !d.IsZero() {
			toks = appendRelativeYears(toks, d.Year())
		}
		written := len(toks)
		toks = roles.appendReferents(toks)
		roles.learn(text, toks[:written])
		start := len(li.entries)
		length := 0
		for k, t := range toks {
			if t.Is(analysis.Stop) {
				continue
			}
			length++
			var sid uint32
			ok := false
			if t.Word >= 0 && int(t.Word) < len(bySurface) && bySurface[t.Word] >= 0 {
				sid, ok = uint32(bySurface[t.Word]), true
			} else {
				sid, ok = li.surfIDs[t.Surface]
			}
			if !ok {
				tid, ok := li.termIDs[t.Term]
				if !ok {
					tid = uint32(len(li.terms))
					li.termIDs[t.Term] = tid
					li.terms = append(li.terms, t.Term)
					li.kinds = append(li.kinds, kindOf(t))
					seen = append(seen, -1)
				}
				sid = uint32(len(li.surfs))
				li.surfIDs[t.Surface] = sid
				li.surfs = append(li.surfs, surface{term: tid})
				li.surfTxt = append(li.surfTxt, t.Surface)
				if t.Word >= 0 {
					for len(bySurface) <= int(t.Word) {
						bySurface = append(bySurface, -1)
					}
					bySurface[t.Word] = int32(sid)
				}
			}
			s := &li.surfs[sid]
			s.count++
			if k > 0 && !t.Is(analysis.Initial) {
				s.mid++
				if t.Is(analysis.Capitalized) {
					s.caps++
				}
			}
			tid := s.term
			if e := seen[tid]; e >= int32(start) {
				if li.entries[e]&tfMax < tfMax {
					li.entries[e]++
				}
				continue
			}
			seen[tid] = int32(len(li.entries))
			li.entries = append(li.entries, tid<<tfBits|1)
			if t.Is(analysis.AllCaps) && t.Start > 0 && t.End < len(text) && text[t.Start-1] == '(' && text[t.End] == ')' {
				if long := longForm(toks[:k], text, t); long != nil {
					li.acronyms = append(li.acronyms, acronymDef{acronym: t.Term, long: long})
				}
			}
		}
		if i%phraseEvery == 0 {
			li.addPhrases(text, toks[:written])
		}
		li.addInitials(toks[:written])
		li.sentLen = append(li.sentLen, uint8(min(length, 255)))
		li.offsets = append(li.offsets, uint32(len(li.entries)))
	}
	return li
}

// relativeYears are the words that, before "year", name a year relative to
// the day a text was written: "last year" in a 2023 article is 2022.
var relativeYears = map[string]int{"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1}

// appendRelativeYears adds to a sentence's tokens, for each year it names
// relative to its article's year ("last year"), that year in figures, so
// that a question asking about 2022 meets "Earlier last year, Russia sent
// troops…" in an article of 2023.
func appendRelativeYears(toks []analysis.Token, year int) []analysis.Token {
	n := len(toks)
	for k := 1; k < n; k++ {
		if toks[k].Surface != "year" {
			continue
		}
		if d, ok := relativeYears[toks[k-1].Surface]; ok {
			y := strconv.Itoa(year + d)
			toks = append(toks, analysis.Token{Term: y, Surface: y, Start: toks[k-1].Start, End: toks[k].End, Flags: analysis.Number, Word: -1})
		}
	}
	return toks
}

// merge joins the workers' local vocabularies into one and lays out the
// postings.
func (ix *Index) merge(parts []*localIndex) {
	ix.termIDs = make(map[string]termID)
	ix.surfaceIDs = make(map[string]uint32)
	remap := make([][]termID, len(parts))
	for p, li := range parts {
		m := make([]termID, len(li.terms))
		for lt, s := range li.terms {
			id, ok := ix.termIDs[s]
			if !ok {
				id = termID(len(ix.termText))
				ix.termIDs[s] = id
				ix.termText = append(ix.termText, s)
				ix.termKind = append(ix.termKind, 0)
			}
			ix.termKind[id] |= li.kinds[lt]
			m[lt] = id
		}
		remap[p] = m
		for ls, s := range li.surfs {
			txt := li.surfTxt[ls]
			id, ok := ix.surfaceIDs[txt]
			if !ok {
				id = uint32(len(ix.surfaces))
				ix.surfaceIDs[txt] = id
				ix.surfaces = append(ix.surfaces, surface{term: m[s.term]})
				ix.surfaceTxt = append(ix.surfaceTxt, txt)
			}
			g := &ix.surfaces[id]
			g.count += s.count
			g.caps += s.caps
			g.mid += s.mid
		}
	}
	nt := len(ix.termText)
	counts := make([]uint32, nt+1)
	total := 0
	for p, li := range parts {
		for _, e := range li.entries {
			counts[remap[p][e>>tfBits]]++
		}
		total += len(li.sentLen)
	}
	ix.postStart = make([]uint32, nt+1)
	var sum uint32
	for t := range nt {
		ix.postStart[t] = sum
		sum += counts[t]
	}
	ix.postStart[nt] = sum
	ix.postings = make([]uint32, sum)
	fill := slices.Clone(ix.postStart[:nt])
	ix.sentLen = make([]uint8, 0, total)
	ix.fwd = make([]termID, 0, sum)
	ix.fwdStart = make([]uint32, 1, total+1)
	lenSum := 0
	for p, li := range parts {
		m := remap[p]
		for i := range li.sentLen {
			sid := uint32(li.first + i)
			from := len(ix.fwd)
			for _, e := range li.entries[li.offsets[i]:li.offsets[i+1]] {
				t := m[e>>tfBits]
				ix.postings[fill[t]] = sid<<tfBits | e&tfMax
				fill[t]++
				ix.fwd = append(ix.fwd, t)
			}
			slices.Sort(ix.fwd[from:])
			ix.fwdStart = append(ix.fwdStart, uint32(len(ix.fwd)))
			lenSum += int(li.sentLen[i])
		}
		ix.sentLen = append(ix.sentLen, li.sentLen...)
		li.entries, li.offsets = nil, nil
	}
	for i := range ix.surfaces {
		if s := &ix.surfaces[i]; s.nameLike() && ix.termKind[s.term]&kindDate == 0 {
			ix.termKind[s.term] |= kindName // a month or weekday is no one's name
		}
	}
	ix.avgLen = math.Max(1, float64(lenSum)/float64(max(1, total)))
	ix.acronyms = make(map[termID][][]termID)
	ix.spelled = make(map[termID][]spelling)
	// An acronym keeps the long forms the corpus gives it most often, at
	// most maxLongForms: in a large archive a definition copied with a
	// typo should not turn every use of the acronym into many phrases.
	type def struct {
		acronym termID
		long    []termID
		count   int
	}
	var defs []*def
	byKey := make(map[string]*def)
	for _, li := range parts {
		for _, d := range li.acronyms {
			a, ok := ix.termIDs[d.acronym]
			if !ok {
				continue
			}
			long := ix.termsOfStems(d.long)
			if len(long) < 2 {
				continue
			}
			key := fmt.Sprint(a, long)
			if e, ok := byKey[key]; ok {
				e.count++
				continue
			}
			e := &def{acronym: a, long: long, count: 1}
			byKey[key] = e
			defs = append(defs, e)
		}
	}
	slices.SortStableFunc(defs, func(x, y *def) int { return y.count - x.count })
	for _, d := range defs {
		if len(ix.acronyms[d.acronym]) < maxLongForms {
			ix.acronyms[d.acronym] = append(ix.acronyms[d.acronym], d.long)
			ix.spelled[d.long[0]] = append(ix.spelled[d.long[0]], spelling{acronym: d.acronym, long: d.long})
		}
	}
	ix.initials = make(map[string][][]termID)
	seen := make(map[string]bool)
	for _, li := range parts {
		for _, d := range li.initials {
			key := d.acronym + "\x00" + strings.Join(d.long, " ")
			if seen[key] || len(ix.initials[d.acronym]) == maxLongForms {
				continue
			}
			seen[key] = true
			if long := ix.termsOfStems(d.long); len(long) >= 3 {
				ix.initials[d.acronym] = append(ix.initials[d.acronym], long)
			}
		}
	}
}

// indexPairs records the names of two capitalised words the corpus
// writes (its suggester's phrases, most frequent first) by their
// initials: "us" → United States, "un" → United Nations.
func (ix *Index) indexPairs() {
	ix.pairs = make(map[string][][]termID)
	an := analysis.New()
	var toks []analysis.Token
	for _, p := range ix.suggest.phrases {
		if strings.Count(p, " ") != 1 {
			continue // not two words: most phrases, and cheaper to tell than to analyse
		}
		toks = an.Analyze(toks[:0], p)
		if len(toks) != 2 || toks[0].Is(analysis.Stop) || toks[1].Is(analysis.Stop) {
			continue
		}
		a, b := toks[0].Surface[0], toks[1].Surface[0]
		if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
			continue
		}
		x, okx := ix.termIDs[toks[0].Term]
		y, oky := ix.termIDs[toks[1].Term]
		if key := string([]byte{a, b}); okx && oky && x != y && len(ix.pairs[key]) < maxLongForms {
			ix.pairs[key] = append(ix.pairs[key], []termID{x, y})
		}
	}
}

// termsOfStems returns the terms of a long form's stems that the corpus
// has.
func (ix *Index) termsOfStems(stems []string) []termID {
	long := make([]termID, 0, len(stems))
	for _, s := range stems {
		if id, ok := ix.termIDs[s]; ok {
			long = append(long, id)
		}
	}
	return long
}

// addInitials records the names of three or more capitalised words in a
// sentence ("European Bank for Reconstruction and Development", the small
// words "of", "for", "and", "the" allowed inside) by their initials
// ("ebrd"; an all-capitals word gives all its letters: "UN General
// Assembly", "unga"), so that a question may name them by an acronym the
// text never uses.
func (li *localIndex) addInitials(toks []analysis.Token) {
	letters, long := li.initLetters[:0], li.initLong[:0]
	defer func() { li.initLetters, li.initLong = letters, long }()
	words := 0
	flush := func() {
		if words >= 3 && len(letters) <= maxInitials {
			// A name is kept once: a large archive repeats its names.
			key := append(li.initKey[:0], letters...)
			for _, w := range long {
				key = append(key, 0)
				key = append(key, w...)
			}
			li.initKey = key
			if !li.initSeen[string(key)] {
				if li.initSeen == nil {
					li.initSeen = make(map[string]bool)
				}
				li.initSeen[string(key)] = true
				li.initials = append(li.initials, acronymDef{acronym: string(letters), long: slices.Clone(long)})
			}
		}
		letters, long, words = letters[:0], long[:0], 0
	}
	for i, t := range toks {
		switch {
		case t.Is(analysis.Capitalized) && !t.Is(analysis.Stop) && !t.Is(analysis.Compound) && t.Surface != "" && t.Surface[0] >= 'a' && t.Surface[0] <= 'z':
			if t.Is(analysis.AllCaps) {
				letters = append(letters, t.Surface...)
			} else {
				letters = append(letters, t.Surface[0])
			}
			long = append(long, t.Term)
			words++
		case t.Is(analysis.Compound):
		case innerNameWords[t.Surface] && words > 0 && i+1 < len(toks) && toks[i+1].Is(analysis.Capitalized):
		default:
			flush()
		}
	}
	flush()
}

// innerNameWords may stand inside a name of capitalised words.
var innerNameWords = map[string]bool{"of": true, "for": true, "and": true, "the": true}

// maxInitials bounds the letters of an acronym made of a name's initials.
const maxInitials = 8

func (ix *Index) indexTitles() {
	an := analysis.New()
	var toks []analysis.Token
	ix.titleTerms = make([][]termID, len(ix.c.Articles))
	ix.outletTerms = make([][]termID, len(ix.c.Articles))
	ix.titleLen = make([]uint8, len(ix.c.Articles))
	for ai := range ix.c.Articles {
		a := &ix.c.Articles[ai]
		toks = an.Analyze(toks[:0], a.Title)
		ix.titleTerms[ai] = ix.metadataTerms(toks)
		ix.titleLen[ai] = uint8(min(len(ix.titleTerms[ai]), 255))
		toks = an.Analyze(toks[:0], a.Outlet)
		toks = an.Analyze(toks, a.OriginalOutlet)
		ix.outletTerms[ai] = ix.metadataTerms(toks)
		ix.outletWords = append(ix.outletWords, ix.outletTerms[ai]...)
		for _, t := range toks {
			if !t.Is(analysis.Stop) {
				ix.outletSpellings = append(ix.outletSpellings, outletSpelling{t.Surface, ix.termIDs[t.Term]})
			}
		}
	}
	slices.Sort(ix.outletWords)
	ix.outletWords = slices.Compact(ix.outletWords)
	slices.SortFunc(ix.outletSpellings, func(a, b outletSpelling) int { return strings.Compare(a.surface, b.surface) })
	ix.outletSpellings = slices.Compact(ix.outletSpellings)
}

// outletSpelling is a word of an outlet's name as written, folded, and its
// term: fuzzy matching compares what was typed with the word, not its stem.
type outletSpelling struct {
	surface string
	term    termID
}

// metadataTerms returns the sorted content terms of an article's title or
// outlet. A word only they have ("Geofor") is still made a word of the
// corpus: a question naming it meets the article's sentences through them.
func (ix *Index) metadataTerms(toks []analysis.Token) []termID {
	var ts []termID
	for _, t := range toks {
		if t.Is(analysis.Stop) {
			continue
		}
		id, ok := ix.termIDs[t.Term]
		if !ok {
			id = termID(len(ix.termText))
			ix.termIDs[t.Term] = id
			ix.termText = append(ix.termText, t.Term)
			ix.termKind = append(ix.termKind, kindOf(t))
			ix.postStart = append(ix.postStart, ix.postStart[len(ix.postStart)-1])
		}
		ts = append(ts, id)
	}
	slices.Sort(ts)
	return slices.Compact(ts)
}

// titleWeight is how much a question term met in an article's title
// counts: a short title ("Oxygen") is about one thing, a long headline
// about several, so a match in it says less.
func (ix *Index) titleWeight(ai int32) float64 {
	return ix.p.Title * min(1, 4/float64(max(1, ix.titleLen[ai])))
}

// termsOf returns the terms of sentence sid, sorted.
func (ix *Index) termsOf(sid uint32) []termID {
	return ix.fwd[ix.fwdStart[sid]:ix.fwdStart[sid+1]]
}

// postingsOf returns the postings of term t.
func (ix *Index) postingsOf(t termID) []uint32 {
	return ix.postings[ix.postStart[t]:ix.postStart[t+1]]
}

func (ix *Index) df(t termID) int { return int(ix.postStart[t+1] - ix.postStart[t]) }

// idf is BM25's inverse document frequency for a term in df sentences.
func (ix *Index) idf(df int) float64 {
	n := float64(len(ix.sentLen))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// contains reports whether sentence sid has term t, by binary search.
func (ix *Index) contains(t termID, sid uint32) bool {
	_, ok := findPosting(ix.postingsOf(t), sid)
	return ok
}

// findPosting returns the posting of sentence sid in ps, by binary search.
func findPosting(ps []uint32, sid uint32) (uint32, bool) {
	i, ok := slices.BinarySearchFunc(ps, sid, func(e, s uint32) int {
		return int(e>>tfBits) - int(s)
	})
	if !ok {
		return 0, false
	}
	return ps[i], true
}
