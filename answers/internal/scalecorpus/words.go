package scalecorpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// functionWords are never replaced: replacing them would break the grammar
// the templates lend to the generated text.
var functionWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
		a about above after again against all also although am among an and
		another any are as at be because been before being below between both
		but by can could did do does doing down during each either even ever
		every few for from further had has have having he her here hers
		herself him himself his how however i if in into is it its itself just
		least less many may me might more most much must my myself neither no
		nor not now of off on once one only or other others our ours ourselves
		out over own per same shall she should since so some such than that
		the their theirs them themselves then there these they this those
		though through thus to too two three under until up upon us very was
		we were what when where whether which while who whom whose why will
		with within without would yet you your yours yourself said says say
		told well still already according`) {
		m[w] = true
	}
	return m
}()

// A syllable is an onset, a vowel and an optional coda. The synthetic
// vocabulary never uses x or q, so that absent words can.
var syllables = func() []string {
	var out []string
	for _, onset := range strings.Fields("b d f g h k l m n p r s t v z br tr st sh kr pl") {
		for _, vowel := range strings.Fields("a e i o u") {
			for _, coda := range []string{"", "n", "r", "l"} {
				out = append(out, onset+vowel+coda)
			}
		}
	}
	return out
}()

// appendWord appends the synthetic word of the given rank: rank 0 is the
// most frequent. Ranks map one-to-one to words of at least two syllables:
// the first len(syllables)² ranks to two syllables, the next
// len(syllables)³ to three, and so on, so that frequent words are short as
// in natural language. Within a length the ranks are shuffled by an affine
// permutation, so that frequent words do not all share their first syllable.
func appendWord(dst []byte, rank uint64) []byte {
	b := uint64(len(syllables))
	n, size := 2, b*b
	for rank >= size {
		rank -= size
		n++
		size *= b
	}
	// shuffleMul is prime and larger than any factor of b, so it is coprime
	// with size and the map is a permutation.
	const shuffleMul, shuffleAdd = 7919, 12345
	x := (rank*shuffleMul + shuffleAdd) % size
	for range n {
		dst = append(dst, syllables[x%b]...)
		x /= b
	}
	return dst
}

// word returns the synthetic word of the given rank.
func word(rank uint64) string { return string(appendWord(nil, rank)) }

// absentWord returns a pronounceable word that the synthetic vocabulary
// cannot produce: it starts with x, which no syllable does.
func absentWord(rank uint64) string {
	return "x" + string("aeiou"[rank%5]) + word(rank/5)
}

// shape is how a template word is capitalised.
type shape uint8

const (
	lower shape = iota // "sanctions"
	title              // "Astana"
	upper              // "CSTO"
)

func shapeOf(w string) shape {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return lower
	}
	if utf8.RuneCountInString(w) > 1 && strings.ToUpper(w[size:]) == w[size:] {
		return upper
	}
	return title
}

// appendShaped appends the ASCII word w, capitalised as s.
func appendShaped(dst []byte, w []byte, s shape) []byte {
	start := len(dst)
	dst = append(dst, w...)
	switch s {
	case title:
		dst[start] -= 'a' - 'A'
	case upper:
		for i := start; i < len(dst); i++ {
			dst[i] -= 'a' - 'A'
		}
	}
	return dst
}

// token is a maximal run of letters in a text.
type token struct {
	start, end int // byte offsets
}

// letterRuns returns the maximal runs of letters of s.
func letterRuns(s string) []token {
	var out []token
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) && start < 0:
			start = i
		case !unicode.IsLetter(r) && start >= 0:
			out = append(out, token{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, token{start, len(s)})
	}
	return out
}

// isApostrophe reports whether r joins the parts of "don't" or "Blinken's".
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// replaceable reports whether the letter run s[t.start:t.end] of the
// template s is a content word that may be swapped for a synthetic one. It
// keeps function words, short words, the parts of contractions ("don't";
// the stem of a possessive may go) and words before a full stop inside the
// sentence, which are likely abbreviations ("Mr.", "Gen.") a sentence
// splitter must keep recognising.
func replaceable(s string, t token) bool {
	w := s[t.start:t.end]
	if utf8.RuneCountInString(w) < 3 || functionWords[strings.ToLower(w)] {
		return false
	}
	if r, size := utf8.DecodeLastRuneInString(s[:t.start]); size > 0 && isApostrophe(r) {
		return false
	}
	rest := s[t.end:]
	if r, size := utf8.DecodeRuneInString(rest); size > 0 {
		switch {
		case isApostrophe(r):
			after := rest[size:]
			if !strings.HasPrefix(after, "s") {
				return false
			}
			next, n := utf8.DecodeRuneInString(after[1:])
			return n == 0 || !unicode.IsLetter(next)
		case r == '.':
			return strings.TrimRight(rest, `."'”’)]`) == ""
		}
	}
	return true
}
