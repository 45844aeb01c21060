package answers

import "slices"

// sameArticleRepeat is the overlap above which a sentence of an article
// already shown is a repeat of it (a pull quote, a summary) and is dropped.
const sameArticleRepeat = 0.8

// group folds candidates that state the same fact into groups, best first:
// a candidate joins an earlier group when its content terms overlap enough
// with the group's first quote (Params.Duplicate), and one quote per other
// article is kept under also_in. Within one article only near repeats are
// dropped: two sentences of one report that share words usually say two
// things. The overlap is measured
// against the smaller sentence, so a short quote contained in a long one
// joins it. Grouping stops once want groups are formed and the rest of the
// candidates have been offered to them.
func (ix *Index) group(cands []candidate, want int) [][]candidate {
	var groups [][]candidate
	for _, c := range cands {
		terms := ix.termsOf(c.sid)
		art := ix.c.Sentences[c.sid].Article
		joined := false
		for g, members := range groups {
			first := ix.termsOf(members[0].sid)
			o := overlap(terms, first)
			if o < ix.p.Duplicate || ix.otherNumbers(terms, first) {
				continue
			}
			same := false
			for _, m := range members {
				same = same || ix.c.Sentences[m.sid].Article == art
			}
			switch {
			case !same:
				groups[g] = append(groups[g], c)
			case o < sameArticleRepeat:
				continue // another fact of the same article
			}
			joined = true
			break
		}
		if !joined && len(groups) < want {
			groups = append(groups, []candidate{c})
		}
	}
	return groups
}

// otherNumbers reports whether two sentences, as sorted terms, both state
// amounts and share none of them: "$9 million per country" is another fact
// than "25 million dollars", however many words they share. Years do not
// count, nor do numbers written as words.
func (ix *Index) otherNumbers(a, b []termID) bool {
	na, nb := 0, 0
	for _, t := range a {
		if ix.isAmount(t) {
			na++
			if _, ok := slices.BinarySearch(b, t); ok {
				return false
			}
		}
	}
	for _, t := range b {
		if ix.isAmount(t) {
			nb++
		}
	}
	return na > 0 && nb > 0
}

// isAmount reports whether a term is a number in figures, not a year.
func (ix *Index) isAmount(t termID) bool {
	k := ix.termKind[t]
	return k&kindNumber != 0 && k&kindDate == 0 && !numberWords[ix.termText[t]]
}

// overlap is |a ∩ b| / max(min(|a|, |b|), minOverlapBase) for sorted
// term lists.
func overlap(a, b []termID) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return float64(n) / float64(max(min(len(a), len(b)), minOverlapBase))
}

// minOverlapBase is the fewest terms overlap divides by: a fragment of two
// or three words ("United States and regional states.") shares most of
// them with many sentences without stating their fact.
const minOverlapBase = 5
