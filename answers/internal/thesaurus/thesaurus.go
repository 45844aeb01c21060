package thesaurus

import (
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
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
)

var kindNames = [...]string{Base: "base", Synonym: "synonym", Similar: "similar", Derived: "derived", Broader: "broader", Narrower: "narrower"}

// String returns the kind's name in lowercase, e.g. "synonym".
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// kindOfLetter maps the kind letters of the table format to kinds.
var kindOfLetter = map[byte]Kind{'s': Synonym, 'm': Similar, 'd': Derived, 'b': Broader, 'n': Narrower}

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
	words map[string]entry
	// exceptions maps irregular inflections to their base forms, separated by
	// spaces.
	exceptions map[string]string
}

// entry is a word of the table: its parts of speech and its relations, still
// in the table format; both are substrings of the one decompressed text.
type entry struct {
	pos       string
	relations string
}

//go:embed thesaurus.txt.gz
var embedded []byte

var loadDefault = sync.OnceValues(func() (*Thesaurus, error) {
	z, err := gzip.NewReader(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("thesaurus: embedded table: %w", err)
	}
	t, err := Read(z)
	if err != nil {
		return nil, fmt.Errorf("thesaurus: embedded table: %w", err)
	}
	return t, nil
})

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
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read table: %w", err)
	}
	text := string(data)
	t := &Thesaurus{
		words:      make(map[string]entry, strings.Count(text, "\n")),
		exceptions: make(map[string]string),
	}
	for n := 1; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		if err := t.addLine(line); err != nil {
			return nil, fmt.Errorf("table line %d: %w", n, err)
		}
	}
	return t, nil
}

func (t *Thesaurus) addLine(line string) error {
	if infl, ok := strings.CutPrefix(line, "="); ok {
		infl, bases, ok := strings.Cut(infl, "\t")
		if !ok || !isWord(infl) || !allWords(strings.Split(bases, " ")) {
			return fmt.Errorf("malformed exception %q", line)
		}
		t.exceptions[infl] = bases
		return nil
	}
	f := strings.Split(line, "\t")
	if len(f) != 3 || !isWord(f[0]) || f[1] == "" || strings.Trim(f[1], "nvar") != "" {
		return fmt.Errorf("malformed entry %q", line)
	}
	for rel := range strings.SplitSeq(f[2], " ") {
		if _, err := parseRelation(rel); err != nil {
			return fmt.Errorf("%s: %w", f[0], err)
		}
	}
	if _, dup := t.words[f[0]]; dup {
		return fmt.Errorf("%s: listed twice", f[0])
	}
	t.words[f[0]] = entry{pos: f[1], relations: f[2]}
	return nil
}

// parseRelation parses a relation such as "s1purchase".
func parseRelation(s string) (Relation, error) {
	if len(s) < 3 {
		return Relation{}, fmt.Errorf("malformed relation %q", s)
	}
	kind, ok := kindOfLetter[s[0]]
	if !ok || s[1] < '1' || s[1] > '9' || !isWord(s[2:]) {
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

func allWords(words []string) bool {
	return !slices.ContainsFunc(words, func(w string) bool { return !isWord(w) })
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
		for rel := range strings.SplitSeq(t.words[l].relations, " ") {
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

// closer orders relations closest first: by kind, then sense rank.
func closer(a, b Relation) int {
	return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Sense, b.Sense))
}
