package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// Relation kinds as letters of the generated table, strongest first. The
// thesaurus package reads the same letters.
const (
	kindSynonym  = 's' // same synset
	kindSimilar  = 'm' // adjective "similar to" (&), verb group ($)
	kindDerived  = 'd' // derivationally related form (+), pertainym (\), attribute (=)
	kindBroader  = 'b' // one hypernym hop (@), nouns and verbs
	kindNarrower = 'n' // one hyponym hop (~), the reverse of kindBroader
	kindCapital  = 'c' // a national capital and its country, both ways ("moscow", "russia")
)

var kindRank = map[byte]int{kindSynonym: 0, kindSimilar: 1, kindDerived: 2, kindBroader: 3, kindNarrower: 4, kindCapital: 5}

// pointerKinds maps the WordNet pointer symbols the table follows to a kind.
// Antonyms, entailment, cause, "also see", domains, meronyms and instance
// hypernyms are left out: they relate words that do not paraphrase each other.
var pointerKinds = map[string]byte{
	"&": kindSimilar,
	"$": kindSimilar,
	"+": kindDerived,
	`\`: kindDerived,
	"=": kindDerived,
	"@": kindBroader,
	"~": kindNarrower,
}

// options tune which senses and words the table keeps.
type options struct {
	// maxSenses is how many of a lemma's most frequent senses (per part of
	// speech) are followed.
	maxSenses int
	// maxPolysemy drops words with more senses than this over all parts of
	// speech ("take", "make", "run"): they match almost anything, and which of
	// their senses is meant is anyone's guess.
	maxPolysemy int
	// maxHyponyms keeps a hypernym hop only if the broader synset has at most
	// this many hyponyms, so that "leave" → "go" stays and "fund" → "thing"
	// would not.
	maxHyponyms int
}

var defaultOptions = options{maxSenses: 3, maxPolysemy: 30, maxHyponyms: 40}

// entry is one relation of the table from a word's point of view.
type entry struct {
	kind byte
	// sense is the 1-based frequency rank of the senses the relation joins:
	// the larger of the source word's and the target word's rank, since a
	// relation is only as common as its rarer end.
	sense int
	word  string
}

// table is the generated thesaurus: relations and parts of speech of each
// word, and the irregular inflections whose base forms it holds.
type table struct {
	relations  map[string][]entry
	pos        map[string]string
	exceptions map[string][]string
}

// buildTable follows, for every single-word lemma, the relations of its most
// frequent senses. A relation is kept only if its target synset is also among
// the target word's most frequent senses, so that rare senses on either side
// ("fund" as a store of goods, "bread" as money) add nothing, and the table is
// symmetric for symmetric pointers.
func buildTable(db *database, o options) *table {
	top := topSenses(db, o.maxSenses)
	polysemy := make(map[string]int, len(db.senses))
	for lemma, byPos := range db.senses {
		for _, ids := range byPos {
			polysemy[lemma] += len(ids)
		}
	}
	hyponyms := make(map[synsetID]int)
	for id, s := range db.synsets {
		for _, p := range s.pointers {
			if p.symbol == "~" {
				hyponyms[id]++
			}
		}
	}
	// usable reports whether a word may be related, as source or target of a relation.
	usable := func(w string) bool { return isWord(w) && polysemy[w] <= o.maxPolysemy }

	t := &table{relations: make(map[string][]entry), pos: make(map[string]string), exceptions: make(map[string][]string)}
	best := make(map[string]map[string]entry)
	add := func(from, to string, kind byte, fromSense rank, toID synsetID) {
		if from == to || !usable(to) {
			return
		}
		toSense, ok := top[to][toID]
		if !ok {
			return
		}
		// A hop up or down the hierarchy goes further from the word's
		// meaning than a shared sense does: only take it between senses
		// the corpora attest.
		if (kind == kindBroader || kind == kindNarrower) && !(fromSense.tagged && toSense.tagged) {
			return
		}
		sense := max(fromSense.rank, toSense.rank)
		m := best[from]
		if m == nil {
			m = make(map[string]entry)
			best[from] = m
		}
		e := entry{kind, sense, to}
		if old, ok := m[to]; !ok || less(e, old) {
			m[to] = e
		}
	}
	for _, lemma := range slices.Sorted(maps.Keys(top)) {
		if !usable(lemma) && !(isPhrasal(lemma) && polysemy[lemma] <= o.maxPolysemy) {
			continue
		}
		for id, r := range top[lemma] {
			s := db.synsets[id]
			if s == nil {
				continue
			}
			for _, w := range s.words {
				add(lemma, w, kindSynonym, r, id)
			}
			for _, p := range s.pointers {
				kind := pointerKinds[p.symbol]
				if kind == 0 {
					continue
				}
				if p.source > 0 && (p.source > len(s.words) || s.words[p.source-1] != lemma) {
					continue
				}
				if kind == kindBroader || kind == kindNarrower {
					if id.pos != 'n' && id.pos != 'v' {
						continue
					}
					broader := p.target
					if kind == kindNarrower {
						broader = id
					}
					if hyponyms[broader] > o.maxHyponyms {
						continue
					}
				}
				ts := db.synsets[p.target]
				if ts == nil {
					continue
				}
				if p.tgWord > 0 {
					if p.tgWord <= len(ts.words) {
						add(lemma, ts.words[p.tgWord-1], kind, r, p.target)
					}
					continue
				}
				for _, w := range ts.words {
					add(lemma, w, kind, r, p.target)
				}
			}
		}
	}
	for _, pair := range capitals(db) {
		capital, country := pair[0], pair[1]
		for _, a := range db.synsets[capital].words {
			for _, b := range db.synsets[country].words {
				// Any sense: a country's other senses (Russia as the
				// Soviet Union) come first in WordNet's order.
				ra := slices.Index(db.senses[a]['n'], capital) + 1
				rb := slices.Index(db.senses[b]['n'], country) + 1
				if ra == 0 || rb == 0 || ra > 9 || rb > 9 || !isWord(a) || !isWord(b) || a == b {
					continue
				}
				for _, e := range [][2]string{{a, b}, {b, a}} {
					m := best[e[0]]
					if m == nil {
						m = make(map[string]entry)
						best[e[0]] = m
					}
					if _, ok := m[e[1]]; !ok {
						m[e[1]] = entry{kindCapital, max(ra, rb), e[1]}
					}
				}
			}
		}
	}
	for from, m := range best {
		es := slices.Collect(maps.Values(m))
		slices.SortFunc(es, func(a, b entry) int {
			if less(a, b) {
				return -1
			}
			if less(b, a) {
				return 1
			}
			return 0
		})
		t.relations[from] = es
		var pos []byte
		for _, p := range partsOfSpeech {
			if _, ok := db.senses[from][p.letter]; ok {
				pos = append(pos, p.letter)
			}
		}
		t.pos[from] = string(pos)
	}
	verbs := make(map[string]bool) // the verbs of the phrasal verbs kept
	for w := range t.relations {
		if v, _, ok := strings.Cut(w, "_"); ok {
			verbs[v] = true
		}
	}
	for infl, bases := range db.exceptions {
		if !isWord(infl) {
			continue
		}
		var kept []string
		for _, b := range bases {
			if _, ok := t.relations[b]; (ok || verbs[b]) && b != infl {
				kept = append(kept, b)
			}
		}
		if len(kept) > 0 {
			t.exceptions[infl] = kept
		}
	}
	return t
}

// capitals returns the national capitals of WordNet with their countries,
// as pairs of synsets: a news text names a government by its capital
// ("Moscow" for Russia). A capital's country is the whole it is a part of
// (#p), or that whole's whole when the first is no country ("Washington",
// part of the District of Columbia, part of the United States); a capital
// with no holonym names its country in a lemma ("capital_of_Kazakhstan").
func capitals(db *database) [][2]synsetID {
	capital := db.senses["national_capital"]['n']
	if len(capital) == 0 {
		return nil
	}
	instanceOf := func(id synsetID, class synsetID) bool {
		for _, p := range db.synsets[id].pointers {
			if p.symbol == "@i" && p.target == class {
				return true
			}
		}
		return false
	}
	country := db.senses["country"]['n']
	isCountry := func(id synsetID) bool {
		s := db.synsets[id]
		for _, p := range s.pointers {
			if p.symbol != "@i" {
				continue
			}
			// An instance of "country" or of a kind of it ("Asian country").
			if slices.Contains(country, p.target) {
				return true
			}
			if ts := db.synsets[p.target]; ts != nil {
				for _, q := range ts.pointers {
					if q.symbol == "@" && slices.Contains(country, q.target) {
						return true
					}
				}
			}
		}
		return false
	}
	holonym := func(id synsetID) (synsetID, bool) {
		for _, p := range db.synsets[id].pointers {
			if p.symbol == "#p" && db.synsets[p.target] != nil {
				return p.target, true
			}
		}
		return synsetID{}, false
	}
	var out [][2]synsetID
	for _, id := range slices.SortedFunc(maps.Keys(db.synsets), func(a, b synsetID) int {
		return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.offset, b.offset))
	}) {
		if id.pos != 'n' || !instanceOf(id, capital[0]) {
			continue
		}
		whole, ok := holonym(id)
		if ok && !isCountry(whole) {
			whole, ok = holonym(whole)
		}
		if ok && isCountry(whole) {
			out = append(out, [2]synsetID{id, whole})
			continue
		}
		for _, w := range db.synsets[id].words {
			name, found := strings.CutPrefix(w, "capital_of_")
			if !found {
				continue
			}
			for _, c := range db.senses[name]['n'] {
				if isCountry(c) {
					out = append(out, [2]synsetID{id, c})
					break
				}
			}
		}
	}
	return out
}

// less orders relations strongest first: by kind, then sense, then word.
func less(a, b entry) bool {
	if c := cmp.Compare(kindRank[a.kind], kindRank[b.kind]); c != 0 {
		return c < 0
	}
	if a.sense != b.sense {
		return a.sense < b.sense
	}
	return a.word < b.word
}

// rank is the frequency rank of a sense of a lemma, 1-based, and whether
// the tagged corpora saw it.
type rank struct {
	rank   int
	tagged bool
}

// topSenses returns, for each lemma, the synsets of its most frequent senses
// with their rank. Senses up to maxSenses are kept as long as the
// tagged corpora saw them, since WordNet's order among untagged senses says
// little about frequency; a lemma the corpora never saw in this part of speech
// ("jittery") keeps its first untaggedSenses senses.
func topSenses(db *database, maxSenses int) map[string]map[synsetID]rank {
	const untaggedSenses = 2
	top := make(map[string]map[synsetID]rank, len(db.senses))
	for lemma, byPos := range db.senses {
		m := make(map[synsetID]rank)
		for pos, ids := range byPos {
			tagged := db.counts[senseKey{lemma, pos, 1}] > 0
			for i, id := range ids {
				if i >= maxSenses || (i > 0 && tagged && db.counts[senseKey{lemma, pos, i + 1}] == 0) || (!tagged && i >= untaggedSenses) {
					break
				}
				if _, ok := m[id]; !ok {
					m[id] = rank{i + 1, tagged}
				}
			}
		}
		top[lemma] = m
	}
	return top
}

// isWord reports whether a lemma belongs in the table: a single word of
// lowercase ASCII letters that is not a stop word.
func isWord(w string) bool {
	if len(w) < 2 || stopWords[w] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// isPhrasal reports whether a lemma is a phrasal verb the table keeps as
// the source of relations (never as their target): a word and a particle,
// "set_up", "make_up", "take_in". A question's "set up" means "found", which
// neither "set" nor "up" says.
func isPhrasal(w string) bool {
	verb, particle, ok := strings.Cut(w, "_")
	if !ok || !particles[particle] || len(verb) < 2 {
		return false
	}
	for i := 0; i < len(verb); i++ {
		if verb[i] < 'a' || verb[i] > 'z' {
			return false
		}
	}
	return true
}

// particles are the adverbs and prepositions of phrasal verbs.
var particles = setOf(`about across after along apart around aside away back by down for forward
in into off on out over through to together up`)

// stopWords are English function words (pronouns, determiners, auxiliaries,
// modals, prepositions, conjunctions). WordNet lists some of them as nouns or
// verbs ("us" the country, "will" the testament, "can" the container), which
// would otherwise relate ordinary questions to unrelated text.
var stopWords = setOf(`a about above after again against all also am an and any are as at
be because been before being below between both but by can could did do does doing down
during each either else ever few for from further had has have having he her here hers
herself him himself his how however i if in into is it its itself just me might more most
must my myself neither no nor not now of off on once one only or other ought our ours
ourselves out over own same shall she should so some such than that the their theirs them
themselves then there these they this those through thus to too under until up upon us very
was we were what when where whether which while who whom whose why will with within without
would yet you your yours yourself yourselves`)

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// write writes the table in the format the thesaurus package reads:
//
//	# comment
//	word<TAB>parts of speech<TAB>relation relation...
//	=inflection<TAB>base base...
//
// where a relation is its kind letter, the 1-based rank of the sense it comes
// from (one digit) and the related word, e.g. "s1purchase". Lines are sorted,
// so the output depends only on the input files and options.
func (t *table) write(w io.Writer, o options) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Generated by genthesaurus from WordNet 3.0 (see LICENSE.wordnet); do not edit.\n")
	fmt.Fprintf(&b, "# senses=%d polysemy=%d hyponyms=%d\n", o.maxSenses, o.maxPolysemy, o.maxHyponyms)
	for _, word := range slices.Sorted(maps.Keys(t.relations)) {
		b.WriteString(word)
		b.WriteByte('\t')
		b.WriteString(t.pos[word])
		b.WriteByte('\t')
		for i, e := range t.relations[word] {
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%c%d%s", e.kind, e.sense, e.word)
		}
		b.WriteByte('\n')
	}
	for _, infl := range slices.Sorted(maps.Keys(t.exceptions)) {
		fmt.Fprintf(&b, "=%s\t%s\n", infl, strings.Join(t.exceptions[infl], " "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
