package answers

import (
	"strings"

	"github.com/citebot/citebot/answers/analysis"
)

// longForm finds the long form of an acronym defined in parentheses, such
// as "Collective Security Treaty Organization (CSTO)", among the tokens
// before it, with the algorithm of Schwartz and Hearst (2003): the
// acronym's letters are found, right to left, in the words before it, the
// first letter at the start of a word. It returns the long form's content
// stems, or nil when the words do not spell the acronym.
func longForm(before []analysis.Token, text string, acr analysis.Token) []string {
	short := acr.Surface
	limit := min(len(short)+5, 2*len(short))
	// The long form ends right before the parenthesis.
	if len(before) == 0 || strings.TrimSpace(text[before[len(before)-1].End:acr.Start-1]) != "" {
		return nil
	}
	words := before[max(0, len(before)-limit):]
	var b strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(w.Surface)
	}
	long := b.String()
	li := len(long) - 1
	for si := len(short) - 1; si >= 0; si-- {
		c := short[si]
		for li >= 0 && (long[li] != c || si == 0 && li > 0 && long[li-1] != ' ') {
			li--
		}
		if li < 0 {
			return nil
		}
		li--
	}
	first := 0
	for i, st := range starts {
		if st <= li+1 {
			first = i
		}
	}
	var stems []string
	for _, w := range words[first:] {
		if !w.Is(analysis.Stop) {
			stems = append(stems, w.Term)
		}
	}
	if len(stems) < 2 {
		return nil
	}
	return stems
}
