package answers

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/citebot/citebot/answers/analysis"
	"github.com/sahilm/fuzzy"
)

// maxChoice is the longest suggestion, in runes: Discord's limit for an
// autocomplete choice.
const maxChoice = 100

// suggester completes partly typed questions with the names, places and
// phrases of the corpus: runs of capitalised words ("Collective Security
// Treaty Organization", "Kassym-Jomart Tokayev"). Phrases are bucketed by
// the first two letters of each of their words, so a prefix looks at one
// bucket, not at every phrase; github.com/sahilm/fuzzy then ranks the
// bucket's phrases against what was typed.
type suggester struct {
	phrases []string         // most frequent first
	folded  []string         // phrases, lower-cased
	buckets map[string][]int // two folded letters → phrases with a word starting so, most frequent first
}

// maxPhraseWords bounds the words of a suggested phrase.
const maxPhraseWords = 5

// bucketCap bounds the phrases fuzzy-matched per keystroke.
const bucketCap = 1500

func (li *localIndex) addPhrases(text string, toks []analysis.Token) {
	run := 0
	flush := func(end int) {
		if run > 0 {
			first := toks[end-run]
			last := toks[end-1]
			if p := text[first.Start:last.End]; len(p) <= 60 && !strings.ContainsAny(p, "\n\t") {
				li.phrases[p]++
			}
		}
		run = 0
	}
	for i, t := range toks {
		if t.Is(analysis.Capitalized) && !t.Is(analysis.Stop) && !t.Is(analysis.Initial) {
			if run == maxPhraseWords {
				flush(i) // a longer run goes on as the next phrase
			}
			run++
			continue
		}
		flush(i)
	}
	flush(len(toks))
}

func newSuggester(parts []*localIndex) suggester {
	counts := make(map[string]uint32)
	for _, li := range parts {
		for p, n := range li.phrases {
			counts[p] += n
		}
	}
	s := suggester{buckets: make(map[string][]int)}
	for p := range counts {
		s.phrases = append(s.phrases, p)
	}
	slices.SortFunc(s.phrases, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	s.folded = make([]string, len(s.phrases))
	for i, p := range s.phrases {
		s.folded[i] = strings.ToLower(p)
		seen := ""
		for _, w := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return r == ' ' || r == '-' }) {
			key := bucketKey(w)
			if key == "" || strings.Contains(seen, key+"|") {
				continue
			}
			seen += key + "|"
			if len(s.buckets[key]) < bucketCap {
				s.buckets[key] = append(s.buckets[key], i)
			}
		}
	}
	return s
}

// bucketKey is the first two letters of a folded word.
func bucketKey(w string) string {
	n := 0
	for i := range w {
		if n == 2 {
			return w[:i]
		}
		n++
	}
	if n == 2 {
		return w
	}
	return ""
}

type bucketSource struct {
	s   *suggester
	ids []int
}

func (b bucketSource) String(i int) string { return b.s.phrases[b.ids[i]] }
func (b bucketSource) Len() int            { return len(b.ids) }

// Suggest returns up to n completions of a partly typed question: the
// question with its last word completed by a name, place or phrase of the
// corpus that fuzzily matches it, each at most 100 characters, best first.
// For an empty input it returns the corpus's most frequent names.
func (ix *Index) Suggest(partial string, n int) []string {
	partial = strings.Join(strings.Fields(strings.ToValidUTF8(partial, "")), " ")
	if n <= 0 {
		return nil
	}
	s := &ix.suggest
	if partial == "" {
		return slices.Clone(s.phrases[:min(n, len(s.phrases))])
	}
	head, last := "", partial
	if i := strings.LastIndexByte(partial, ' '); i >= 0 {
		head, last = partial[:i+1], partial[i+1:]
	}
	key := bucketKey(strings.ToLower(last))
	var out []string
	seen := make(map[string]bool)
	emit := func(p string) {
		c := truncateRunes(head+p, maxChoice)
		if !seen[c] && len(out) < n {
			seen[c] = true
			out = append(out, c)
		}
	}
	if ids := s.buckets[key]; key != "" && len(ids) > 0 {
		src := bucketSource{s, ids}
		matches := fuzzy.FindFrom(last, src)
		// fuzzy ranks by match quality; among equals keep frequency order.
		slices.SortStableFunc(matches, func(a, b fuzzy.Match) int { return cmp.Compare(b.Score, a.Score) })
		for _, m := range matches {
			emit(src.String(m.Index))
		}
	}
	if len(out) == 0 && utf8.RuneCountInString(last) >= 4 {
		// Nothing starts so: perhaps a misspelling ("Tokaev").
		sc := ix.scratch()
		for _, m := range ix.near(strings.ToLower(last), typoDistance(utf8.RuneCountInString(last)), true, sc) {
			for _, p := range s.buckets[bucketKey(ix.surfaceTxt[m.surface])] {
				if strings.Contains(s.folded[p], ix.surfaceTxt[m.surface]) {
					emit(s.phrases[p])
				}
			}
		}
		ix.pool.Put(sc)
	}
	if len(out) == 0 {
		emit(last)
	}
	return out
}

// truncateRunes cuts s to at most n runes.
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, count := 0, 0
	for i = range s {
		if count == n {
			break
		}
		count++
	}
	return s[:i]
}
