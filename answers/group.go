package answers

import (
	"github.com/citebot/citebot/answers/analysis"
)

// group folds candidates that state the same fact into groups, best first:
// a candidate joins an earlier group when its content words overlap enough
// with the group's first quote. Repeats within one article are dropped; one
// quote per other article is kept under also_in. The overlap is measured
// against the smaller sentence, so a short quote contained in a long one
// joins it.
func (ix *Index) group(cands []candidate, sc *scratch) [][]candidate {
	type head struct {
		words    map[string]bool
		articles map[int32]bool
	}
	var groups [][]candidate
	var heads []head
	for _, c := range cands {
		sc.toks = sc.an.Analyze(sc.toks[:0], ix.c.Text(int(c.sid)))
		words := make(map[string]bool)
		for _, t := range sc.toks {
			if !t.Is(analysis.Stop) {
				words[t.Term] = true
			}
		}
		art := ix.c.Sentences[c.sid].Article
		joined := false
		for g, h := range heads {
			if overlap(words, h.words) < params.duplicate {
				continue
			}
			if !h.articles[art] {
				h.articles[art] = true
				groups[g] = append(groups[g], c)
			}
			joined = true
			break
		}
		if !joined {
			heads = append(heads, head{words: words, articles: map[int32]bool{art: true}})
			groups = append(groups, []candidate{c})
		}
	}
	return groups
}

// overlap is |a ∩ b| / min(|a|, |b|).
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
