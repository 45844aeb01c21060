package thesaurus

import (
	"slices"
	"strings"
)

// suffixRules are WordNet's detachment rules (morphy(7WN)), by part of
// speech: an inflected form ending in the first string may be a base form
// ending in the second. Nouns also get "ves" → "f", as NLTK's morphy does.
var suffixRules = []struct {
	pos     byte
	suffix  string
	replace string
}{
	{'n', "s", ""}, {'n', "ses", "s"}, {'n', "ves", "f"}, {'n', "xes", "x"}, {'n', "zes", "z"},
	{'n', "ches", "ch"}, {'n', "shes", "sh"}, {'n', "men", "man"}, {'n', "ies", "y"},
	{'v', "s", ""}, {'v', "ies", "y"}, {'v', "es", "e"}, {'v', "es", ""},
	{'v', "ed", "e"}, {'v', "ed", ""}, {'v', "ing", "e"}, {'v', "ing", ""},
	{'a', "er", ""}, {'a', "est", ""}, {'a', "er", "e"}, {'a', "est", "e"},
}

// Lemmas returns the forms of word that the table knows, as WordNet's morphy
// finds them: the word itself, the base forms its exception lists give
// ("left" → "leave", "fled" → "flee", "better" → "good"), and the forms the
// suffix rules give when the table has them in the rule's part of speech
// ("funds" → "fund", "wavering" → "waver", "larger" → "large"). Only the
// first rule that applies counts in each part of speech, so "scared" is
// "scare" and not also "scar". The word
// comes first, then the others alphabetically; Lemmas returns nil if the
// table knows no form of word.
func (t *Thesaurus) Lemmas(word string) []string {
	word = strings.ToLower(word)
	var out []string
	if _, ok := t.words[word]; ok {
		out = append(out, word)
	}
	var bases []string
	if exc, ok := t.exceptions[word]; ok {
		bases = strings.Split(exc, " ")
	}
	var found []byte // parts of speech that already have a base form
	for _, r := range suffixRules {
		stem, ok := strings.CutSuffix(word, r.suffix)
		if !ok || stem == "" || slices.Contains(found, r.pos) {
			continue
		}
		base := stem + r.replace
		if e, ok := t.words[base]; ok && e.pos.has(r.pos) {
			bases = append(bases, base)
			found = append(found, r.pos)
		}
	}
	slices.Sort(bases)
	for _, b := range slices.Compact(bases) {
		if b != word {
			out = append(out, b)
		}
	}
	return out
}
