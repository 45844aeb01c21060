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
			o := ix.factOverlap(terms, ix.termsOf(members[0].sid))
			if o < ix.p.Duplicate {
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

// sameFact reports whether two sentences, as sorted terms, state the same
// fact (see factOverlap).
func (ix *Index) sameFact(a, b []termID) bool { return ix.factOverlap(a, b) >= ix.p.Duplicate }

// factOverlap is how far two sentences, as sorted terms, state one fact:
// the overlap of their terms, or 0 when they state different amounts or
// one is names alone.
func (ix *Index) factOverlap(a, b []termID) float64 {
	if ix.otherNumbers(a, b) || ix.namesOnly(a) || ix.namesOnly(b) {
		return 0
	}
	return ix.overlap(a, b)
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

// overlap is the weight of the terms two sentences share over the weight
// of the smaller one's, each term weighing its idf: sharing "Kazakhstan"
// and "Russia", which half the corpus names, says less of two sentences
// stating one fact than sharing "checks and balances". A sentence of fewer
// than minOverlapBase terms weighs as if it had that many of the same
// average weight. a and b are sorted.
func (ix *Index) overlap(a, b []termID) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	var wa, wb, shared float64
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			wa += ix.idf(ix.df(a[i]))
			i++
		case i == len(a) || a[i] > b[j]:
			wb += ix.idf(ix.df(b[j]))
			j++
		default:
			w := ix.idf(ix.df(a[i]))
			wa += w
			wb += w
			shared += w
			i++
			j++
		}
	}
	wa *= max(1, float64(minOverlapBase)/float64(len(a)))
	wb *= max(1, float64(minOverlapBase)/float64(len(b)))
	return shared / min(wa, wb)
}

// namesOnly reports whether a sentence, as terms, holds nothing but names
// ("Kazakhstan United States Central Asia", a caption's tags): it states
// no fact another could repeat.
func (ix *Index) namesOnly(terms []termID) bool {
	for _, t := range terms {
		if ix.termKind[t]&kindName == 0 {
			return false
		}
	}
	return len(terms) > 0
}

// minOverlapBase is the fewest terms overlap divides by: a fragment of two
// or three words ("United States and regional states.") shares most of
// them with many sentences without stating their fact.
const minOverlapBase = 5
