package answers

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/answers/analysis"
)

// roleNouns are the nouns a news report puts before a name as a title or
// a kind ("President Kassym-Jomart Tokayev", "the capital Astana") and
// later uses alone for it ("the president", "the pre-planned capital").
var roleNouns = map[string]bool{
	"president": true, "minister": true, "secretary": true, "diplomat": true, "leader": true, "envoy": true,
	"ambassador": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "chancellor": true,
	"premier": true, "chairman": true, "governor": true, "mayor": true, "king": true, "queen": true,
	"capital": true, "city": true, "town": true, "port": true,
}

// roleReferents follows, along one article, the name each role noun last
// stood before: "capital" → "Astana" after "Kazakhstan's icy, windswept
// capital Astana".
type roleReferents map[string]analysis.Token

// learn records the names a sentence's role nouns stand before. The name
// is the last word of the capitalised run after the noun, up to a mark of
// punctuation: "Blinken" in "Secretary of State Antony Blinken".
func (r roleReferents) learn(text string, toks []analysis.Token) {
	for k, t := range toks {
		if !roleNouns[t.Surface] {
			continue
		}
		last := -1
		for j := k + 1; j < len(toks); j++ {
			u := toks[j]
			if u.Is(analysis.Compound) {
				continue
			}
			if u.Surface == "of" && j+1 < len(toks) && toks[j+1].Is(analysis.Capitalized) {
				continue
			}
			prev := toks[j-1].End
			if !u.Is(analysis.Capitalized) || u.Is(analysis.Stop) || u.Is(analysis.Number) || u.Start < prev || strings.Trim(text[prev:u.Start], " -") != "" {
				break
			}
			last = j
		}
		if last >= 0 && !roleNouns[toks[last].Surface] {
			r[t.Surface] = toks[last]
		}
	}
}

// appendReferents adds to a sentence's tokens, for each definite role it
// names alone ("the pre-planned capital", "the president"), the name that
// role last stood before in the article, unless the sentence names it.
// "During his day in the pre-planned capital, earlier known as Nur-Sultan"
// then meets a question about Astana. A role of another's ("the president
// of Kyrgyzstan", "the Kyrgyz president") or one named on the spot ("the
// capital Astana") is left alone.
func (r roleReferents) appendReferents(toks []analysis.Token) []analysis.Token {
	n := len(toks)
	for p := 0; p < n; p++ {
		if toks[p].Surface != "the" {
			continue
		}
		k, words := p+1, 0
		for ; k < n && !roleNouns[toks[k].Surface] && words < 3; k++ {
			u := toks[k]
			if u.Is(analysis.Compound) {
				continue
			}
			if u.Is(analysis.Capitalized) || u.Is(analysis.Stop) || u.Is(analysis.Number) {
				k = n
				break
			}
			words++
		}
		if k >= n || !roleNouns[toks[k].Surface] {
			continue
		}
		if k+1 < n && (toks[k+1].Surface == "of" || toks[k+1].Is(analysis.Capitalized)) {
			continue
		}
		ref, ok := r[toks[k].Surface]
		if !ok || slices.ContainsFunc(toks, func(t analysis.Token) bool { return t.Term == ref.Term }) {
			continue
		}
		ref.Start, ref.End, ref.Word = toks[p].Start, toks[k].End, -1
		ref.Flags &^= analysis.Initial
		toks = append(toks, ref)
	}
	return toks
}

// refersBack reports whether a sentence opens by going on about a thing
// the one before it told of: with "The" before a word in lower case, a
// definite description ("The initiatives include…" after "Blinken
// announced $25 million in new funding"). A sentence that opens with a
// pronoun is left alone: what a pronoun takes from the sentence before
// is its names, which every neighbour lends (Params.Neighbour).
func refersBack(text string) bool {
	rest, ok := strings.CutPrefix(text, "The ")
	return ok && rest != "" && rest[0] >= 'a' && rest[0] <= 'z'
}
