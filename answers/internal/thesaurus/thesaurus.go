package thesaurus

import (
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
)

// Kind is how a related word relates to the word looked up. Kinds are
// ordered from the closest in meaning to the loosest.
type Kind uint8

// Kinds of relation.
const (
	// Base is a base form of an inflected word: "left" → "leave".
	Base Kind = iota + 1
	// Synonym shares a sense: "buy" → "purchase".
	Synonym
	// Similar is an adjective of similar meaning or a verb of the same group:
	// "afraid" → "terrified".
	Similar
	// Derived is a form of the same root or an attribute, often in another
	// part of speech: "threat" → "threaten", "afraid" → "fear".
	Derived
	// Broader is a more general word: "fund" → "money".
	Broader
	// Narrower is a more specific word: "money" → "fund".
	Narrower
	// Capital joins a national capital and its country, both ways: news
	// names a government by its seat ("Moscow" for Russia).
	Capital
)

var kindNames = [...]string{Base: "base", Synonym: "synonym", Similar: "similar", Derived: "derived", Broader: "broader", Narrower: "narrower", Capital: "capital"}

// String returns the kind's name in lowercase, e.g. "synonym".
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// kindOfLetter maps the kind letters of the table format to kinds, and
// other bytes to 0.
var kindOfLetter = [256]Kind{'s': Synonym, 'm': Similar, 'd': Derived, 'b': Broader, 'n': Narrower, 'c': Capital}

// Relation is a word related to the word looked up.
type Relation struct {
	Word string // a lowercase lemma
	Kind Kind
	// Sense is the frequency rank of the senses the relation joins, 1 for
	// the most frequent: "buy" → "purchase" is 1, "fund" → "store" (a store
	// of goods, the second sense of both words) is 2.
	Sense int
}

// Thesaurus is a table of related words. Its methods are safe for
// concurrent use.
type Thesaurus struct {
	text  string // the whole table, decompressed
	words map[string]entry
	// exceptions maps irregular inflections to their base forms, separated by
	// spaces.
	exceptions map[string]string
}

// entry is a word of the table: where its relations start in the text (they
// run to the end of the line, still in the table format) and its parts of
// speech. Eight bytes, so that the index adds little to the text.
type entry struct {
	relations uint32
	pos       posSet
}

// posSet is a set of parts of speech, one bit for each letter of "nvar".
type posSet uint8

func (s posSet) has(letter byte) bool {
	i := strings.IndexByte(posLetters, letter)
	return i >= 0 && s&(1<<i) != 0
}

const posLetters = "nvar"

//go:embed thesaurus.txt.gz
var embedded []byte

var loadDefault = sync.OnceValues(loadEmbedded)

// loadEmbedded decompresses and indexes the embedded table.
func loadEmbedded() (*Thesaurus, error) {
	z, err := gzip.NewReader(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("thesaurus: embedded table: %w", err)
	}
	// A gzip file ends with the size of its content, modulo 2³², which
	// spares growing the buffer while reading.
	var size int
	if n := len(embedded); n >= 4 {
		size = int(binary.LittleEndian.Uint32(embedded[n-4:]))
	}
	// The embedded table's relations are not parsed one by one here:
	// TestDefaultTable reads it with Read, which does, and start-up is
	// spared half its parsing.
	t, err := read(z, size, false)
	if err != nil {
		return nil, fmt.Errorf("thesaurus: embedded table: %w", err)
	}
	return t, nil
}

// Default returns the thesaurus generated from WordNet and embedded in the
// binary. It is decompressed and indexed on the first call only.
func Default() (*Thesaurus, error) {
	return loadDefault()
}

// Related returns the words related to word in the default thesaurus, or nil
// if it could not be loaded (Default reports why).
func Related(word string) []Relation {
	t, err := Default()
	if err != nil {
		return nil
	}
	return t.Related(word)
}

// Read reads a table in the format described in the package documentation.
func Read(r io.Reader) (*Thesaurus, error) {
	return read(r, 0, true)
}

// read reads a table of about size bytes.
func read(r io.Reader, size int, checkRelations bool) (*Thesaurus, error) {
	var b strings.Builder
	b.Grow(size)
	if _, err := io.Copy(&b, r); err != nil {
		return nil, fmt.Errorf("read table: %w", err)
	}
	if b.Len() > math.MaxUint32 {
		return nil, fmt.Errorf("read table: %d bytes, too large", b.Len())
	}
	text := b.String()
	t := &Thesaurus{
		text:       text,
		words:      make(map[string]entry, strings.Count(text, "\n")),
		exceptions: make(map[string]string),
	}
	for n, start := 1, 0; start < len(t.text); n++ {
		end := strings.IndexByte(t.text[start:], '\n')
		if end < 0 {
			end = len(t.text)
		} else {
			end += start
		}
		if line := t.text[start:end]; line != "" && line[0] != '#' {
			if err := t.addLine(line, start, checkRelations); err != nil {
				return nil, fmt.Errorf("table line %d: %w", n, err)
			}
		}
		start = end + 1
	}
	return t, nil
}

// addLine adds a line that starts at offset start of the text; with
// checkRelations, it parses each relation to reject a malformed one.
func (t *Thesaurus) addLine(line string, start int, checkRelations bool) error {
	if infl, ok := strings.CutPrefix(line, "="); ok {
		infl, bases, ok := strings.Cut(infl, "\t")
		if !ok || !isWord(infl) || !allWords(strings.Split(bases, " ")) {
			return fmt.Errorf("malformed exception %q", line)
		}
		t.exceptions[infl] = bases
		return nil
	}
	word, rest, ok1 := strings.Cut(line, "\t")
	pos, rels, ok2 := strings.Cut(rest, "\t")
	if !ok1 || !ok2 || !isWord(word) && !isPhrasal(word) || pos == "" || strings.Trim(pos, posLetters) != "" {
		return fmt.Errorf("malformed entry %q", line)
	}
	var set posSet
	for i := range posLetters {
		if strings.IndexByte(pos, posLetters[i]) >= 0 {
			set |= 1 << i
		}
	}
	for rel := range strings.SplitSeq(rels, " ") {
		if !checkRelations {
			break
		}
		if _, err := parseRelation(rel); err != nil {
			return fmt.Errorf("%s: %w", word, err)
		}
	}
	if _, dup := t.words[word]; dup {
		return fmt.Errorf("%s: listed twice", word)
	}
	t.words[word] = entry{relations: uint32(start + len(line) - len(rels)), pos: set}
	return nil
}

// parseRelation parses a relation such as "s1purchase".
func parseRelation(s string) (Relation, error) {
	if len(s) < 3 {
		return Relation{}, fmt.Errorf("malformed relation %q", s)
	}
	kind := kindOfLetter[s[0]]
	if kind == 0 || s[1] < '1' || s[1] > '9' || !isWord(s[2:]) {
		return Relation{}, fmt.Errorf("malformed relation %q", s)
	}
	return Relation{Word: s[2:], Kind: kind, Sense: int(s[1] - '0')}, nil
}

// isWord reports whether s is a lowercase ASCII word, as table words are.
func isWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// isPhrasal reports whether s is a phrasal verb as the table writes it:
// two words joined by an underscore, "set_up".
func isPhrasal(s string) bool {
	verb, particle, ok := strings.Cut(s, "_")
	return ok && isWord(verb) && isWord(particle)
}

func allWords(words []string) bool {
	return !slices.ContainsFunc(words, func(w string) bool { return !isWord(w) })
}

// relations returns the relations of a word of the table, in the table
// format, or "" if the table does not list it.
func (t *Thesaurus) relations(word string) string {
	e, ok := t.words[word]
	if !ok {
		return ""
	}
	rels := t.text[e.relations:]
	if i := strings.IndexByte(rels, '\n'); i >= 0 {
		rels = rels[:i]
	}
	return rels
}

// Len returns the number of words the table relates to others.
func (t *Thesaurus) Len() int { return len(t.words) }

// Related returns the words related to word, closest first: by kind, then
// sense rank, then alphabetically. An inflected word ("funds", "left",
// "wavering") is reduced to its base forms first (see Lemmas); those come
// first as Base relations, then the relations of every form, each word once.
// Related returns nil for words it does not know.
func (t *Thesaurus) Related(word string) []Relation {
	word = strings.ToLower(word)
	lemmas := t.Lemmas(word)
	var out []Relation
	for _, l := range lemmas {
		if l != word {
			out = append(out, Relation{Word: l, Kind: Base, Sense: 1})
		}
	}
	for _, l := range lemmas {
		for rel := range strings.SplitSeq(t.relations(l), " ") {
			r, err := parseRelation(rel)
			if err != nil || r.Word == word || slices.Contains(lemmas, r.Word) {
				continue
			}
			out = append(out, r)
		}
	}
	// Keep each word once, with its closest relation.
	slices.SortFunc(out, func(a, b Relation) int {
		return cmp.Or(strings.Compare(a.Word, b.Word), closer(a, b))
	})
	out = slices.CompactFunc(out, func(a, b Relation) bool { return a.Word == b.Word })
	slices.SortFunc(out, func(a, b Relation) int {
		return cmp.Or(closer(a, b), strings.Compare(a.Word, b.Word))
	})
	return out
}

// Phrasal returns the words related to the phrasal verb of verb, in any
// inflection, and particle, closest first: "set", "up" (as in "was set
// up") → "establish", "found", "launch"… It returns nil when the table
// knows no such phrasal verb.
func (t *Thesaurus) Phrasal(verb, particle string) []Relation {
	verb, particle = strings.ToLower(verb), strings.ToLower(particle)
	bases := []string{verb}
	if exc, ok := t.exceptions[verb]; ok {
		bases = append(bases, strings.Split(exc, " ")...)
	}
	for _, r := range suffixRules {
		if r.pos != 'v' {
			continue
		}
		if stem, ok := strings.CutSuffix(verb, r.suffix); ok && stem != "" {
			bases = append(bases, stem+r.replace)
		}
	}
	for _, b := range bases {
		rels := t.relations(b + "_" + particle)
		if rels == "" {
			continue
		}
		var out []Relation
		for rel := range strings.SplitSeq(rels, " ") {
			if r, err := parseRelation(rel); err == nil {
				out = append(out, r)
			}
		}
		return out
	}
	return nil
}

// Phrasal returns the words the default table relates to a phrasal verb
// (see Thesaurus.Phrasal), or nil if it failed to load.
func Phrasal(verb, particle string) []Relation {
	t, err := Default()
	if err != nil {
		return nil
	}
	return t.Phrasal(verb, particle)
}

// closer orders relations closest first: by kind, then sense rank.
func closer(a, b Relation) int {
	return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Sense, b.Sense))
}

// Exception is an irregular inflection with its base forms.
type Exception struct {
	Inflected string
	Bases     []string
}

// Exceptions returns the irregular inflections of WordNet's exception
// lists, sorted.
func (t *Thesaurus) Exceptions() []Exception {
	out := make([]Exception, 0, len(t.exceptions))
	for infl, bases := range t.exceptions {
		out = append(out, Exception{Inflected: infl, Bases: strings.Fields(bases)})
	}
	slices.SortFunc(out, func(a, b Exception) int { return strings.Compare(a.Inflected, b.Inflected) })
	return out
}

// IsLemma reports whether word is itself a lemma of the table in one of the
// parts of speech named by letters, among "n", "v", "a", "r" ("left" is a
// noun and an adjective as well as a form of "leave").
func (t *Thesaurus) IsLemma(word, letters string) bool {
	e, ok := t.words[word]
	if !ok {
		return false
	}
	for i := range letters {
		if e.pos.has(letters[i]) {
			return true
		}
	}
	return false
}
