package answers

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/citebot/citebot/answers/analysis"
	"github.com/citebot/citebot/answers/internal/thesaurus"
)

// answerType is the kind of thing a question asks for.
type answerType uint8

const (
	anyType    answerType = iota
	amountType            // how much, how many, what percentage
	dateType              // when, what year
	nameType              // who, where, which country: a proper noun
)

// amountUnit is what an amount asked for is counted in, when the question
// says.
type amountUnit uint8

const (
	anyUnit     amountUnit = iota
	moneyUnit              // how much aid, how much did it cost
	percentUnit            // what share, what percentage
	measureUnit            // how long, how far: a time or a distance
	ageUnit                // how old: "60-year-old", "aged 60", "at the age of 60"
)

// measureTerms are the terms of units of time and distance, which answer
// "how long" and "how far": "a two-day visit", "a 4,750-mile border".
var measureTerms = map[string]bool{
	"second": true, "minut": true, "hour": true, "day": true, "week": true, "month": true,
	"year": true, "decad": true, "centuri": true, "kilomet": true, "km": true, "mile": true,
	"meter": true, "metr": true,
}

// lightVerbs say little before their object: "pay attention", "take
// part", "make sense", "give way" (Params.LightVerb).
var lightVerbs = terms("pay", "take", "make", "give", "have", "get", "keep", "put", "do")

// verbParticles make a phrasal verb of the verb before them ("make up",
// "give in"), which the thesaurus reads whole: no light verb then.
var verbParticles = set("up", "down", "out", "off", "in", "on", "over", "back", "away", "for", "with", "to", "of", "into")

// lightGap is how many bytes may stand between a light verb and its
// object: a space, or a short word ("pay much attention").
const lightGap = 6

// degreeVerbs are asked "how much" of to learn how far, not a sum.
var degreeVerbs = terms("rely", "depend", "matter", "care", "trust", "worry", "fear", "resemble", "differ")

// detectType reads the question word: "how many/much/long/big/far/old",
// "what percentage" ask for an amount; "when", "what year/date/day/month"
// for a date; "who", "whom", "whose", "where", "which country/leader…" for
// a name.
func detectType(toks []analysis.Token) answerType {
	for i, t := range toks {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Surface
		}
		switch t.Surface {
		case "how":
			switch next {
			case "many", "much", "long", "big", "large", "far", "old", "high":
				if next == "much" && slices.ContainsFunc(toks[i+2:], func(u analysis.Token) bool { return degreeVerbs[u.Term] }) {
					// "How much do these economies rely on…?" asks how
					// far, not for a sum.
					return anyType
				}
				return amountType
			}
		case "when":
			return dateType
		case "who", "whom", "whose", "where":
			return nameType
		case "what", "which":
			if k := attributeKind(toks[i:]); k != anyType {
				return k
			}
			switch next {
			case "year", "date", "day", "month":
				return dateType
			case "percentage", "percent", "share", "proportion", "fraction":
				return amountType
			case "amount", "number", "sum":
				return amountType
			case "country", "countries", "nation", "nations", "city", "cities", "place", "region",
				"person", "people", "leader", "leaders", "minister", "president", "official", "company", "organization":
				return nameType
			}
		}
	}
	return anyType
}

// attributeKind is the kind of answer a question asks for when it asks
// "What is the <noun> of…" or "What is <name>'s <noun>…" and the noun is a
// share, a count or a date: "What is Russia's share of the trade?", "What
// was the number of troops?", "What is the date of the vote?". Other
// nouns, and other shapes, give anyType.
func attributeKind(toks []analysis.Token) answerType {
	switch n := attributeNoun(toks); {
	case percentWords[n] || n == "amount" || n == "number" || n == "sum":
		return amountType
	case n == "year" || n == "date":
		return dateType
	}
	return anyType
}

// attributeNoun returns the noun right after "What is the" before "of",
// or after "What is <name>'s", or "" for another shape.
func attributeNoun(toks []analysis.Token) string {
	if len(toks) < 5 || toks[0].Surface != "what" && toks[0].Surface != "which" {
		return ""
	}
	switch toks[1].Surface {
	case "is", "was", "are", "were":
	default:
		return ""
	}
	rest := toks[2:]
	if rest[0].Surface == "the" {
		if attributeEnds[rest[2].Surface] {
			return rest[1].Surface
		}
		return ""
	}
	for n := 1; n < len(rest) && n <= 3; n++ {
		if rest[n].Surface == "s" && n+1 < len(rest) {
			return rest[n+1].Surface
		}
		if rest[n].Is(analysis.Stop) {
			break
		}
	}
	return ""
}

// keywordQuestion reports whether a question is typed as keywords that
// open with the kind of thing asked: no question word, and a first word
// that "What" would ask with ("share of trade with Russia", "year EAEU
// founded", "number of troops sent").
func keywordQuestion(toks []analysis.Token) bool {
	if len(toks) < 2 || slices.ContainsFunc(toks, func(t analysis.Token) bool { return whWords[t.Surface] }) {
		return false
	}
	switch toks[0].Surface {
	case "year", "date", "percentage", "percent", "share", "proportion", "fraction", "amount", "number", "sum":
		return true
	}
	return false
}

// opensWithDate reports whether a question opens by asking for a date:
// "When was…", "In what year…", "Which month…". A "when" further in
// ("Did Tokayev face rivals when he won?") asks no date, nor does a "when"
// that sets the scene for another question word.
func opensWithDate(toks []analysis.Token) bool {
	if len(toks) > 0 {
		switch toks[0].Surface {
		case "in", "on", "at", "by", "since", "until", "from":
			toks = toks[1:] // "On what date…", "Since when…"
		}
	}
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks[1:] {
		switch t.Surface {
		case "what", "which", "who", "whom", "whose", "how", "where", "why":
			return false // "When rock folds, what does it form?"
		}
	}
	switch toks[0].Surface {
	case "when":
		return true
	case "what", "which":
		return len(toks) > 1 && detectType(toks[:2]) == dateType
	}
	return false
}

// attribute returns the words of the attribute a question asks for when it
// has the shape "What/Which/Who is the <attribute> of/in/for… <thing>":
// "population" in "What is the population of Kazakhstan?", "real aim" in
// "What was the real aim of the trip?". Such a question is answered by a
// sentence that names the attribute, not by one that only names the thing.
// It also reads the possessive shape, "Who is Tajikistan's president?",
// "Name of Tajikistan's president?", and says so: there the thing comes
// first, and the answer may well not name the attribute ("What was
// Rankine's nationality?" → "a Scottish polymath").
func attribute(toks []analysis.Token) (words []string, possessive bool) {
	if len(toks) < 3 {
		return nil, false
	}
	var rest []analysis.Token
	switch {
	case isNameWord(toks[0].Surface) && toks[1].Surface == "of":
		rest = toks[2:] // "Name of Tajikistan's president?"
	case len(toks) >= 4 && (toks[0].Surface == "what" || toks[0].Surface == "which" || toks[0].Surface == "who"):
		switch toks[1].Surface {
		case "is", "was", "are", "were":
			rest = toks[2:]
		default:
			return nil, false
		}
	default:
		return nil, false
	}
	named := false
	if len(rest) > 2 && rest[0].Surface == "the" && isNameWord(rest[1].Surface) && rest[2].Surface == "of" {
		rest, named = rest[3:], true // "the name of Kyrgyzstan's president"
	}
	if len(rest) > 0 && rest[0].Surface == "the" && !named {
		for _, t := range rest[1:] {
			if attributeEnds[t.Surface] {
				return words, false
			}
			if !t.Is(analysis.Stop) && !answerNouns[t.Surface] {
				words = append(words, t.Surface)
			}
		}
		return nil, false // no preposition: "What is the plan?" names no thing to ask about
	}
	// "Who is Tajikistan's president?": the owner, then the attribute.
	n := 0
	for n < len(rest) && n < 3 && !rest[n].Is(analysis.Stop) && !rest[n].Is(analysis.Number) {
		n++
	}
	if n == 0 || n+1 >= len(rest) || rest[n].Surface != "s" {
		return nil, false
	}
	for _, t := range rest[n+1:] {
		if attributeEnds[t.Surface] {
			break
		}
		if !t.Is(analysis.Stop) && !answerNouns[t.Surface] {
			words = append(words, t.Surface)
		}
	}
	return words, len(words) > 0
}

// shareWhole returns the noun of the whole a question asks a share of:
// "population" in "What percentage of Kazakhstan's population speaks
// Russian?", "trade" in "What share of Central Asian trade…?". The answer
// must name it: "90 percent of Russian troops" is a share of another
// whole. Names (whose whole it is) are passed over.
func (ix *Index) shareWhole(toks []analysis.Token) []string {
	if len(toks) < 4 || toks[0].Surface != "what" && toks[0].Surface != "which" || !shareWords[toks[1].Surface] || toks[2].Surface != "of" {
		return nil
	}
	rest := toks[3:]
	for i := 0; i < len(rest); i++ {
		t := rest[i]
		if t.Is(analysis.Stop) || t.Is(analysis.Compound) {
			continue
		}
		if !ix.writtenAsName(t.Surface) && !t.Is(analysis.Capitalized) {
			if _, ok := ix.termIDs[t.Term]; !ok {
				// Misspelt ("thee countries' trade") or not in the
				// corpus: no rule.
				return nil
			}
			return []string{t.Surface}
		}
		// A name: whose the whole is ("Kazakhstan's population",
		// "Central Asian trade"), or the whole itself ("the CSTO Allied
		// Forces"), which the question's names meet.
		j := i
		for j+1 < len(rest) && !rest[j+1].Is(analysis.Stop) && (ix.writtenAsName(rest[j+1].Surface) || rest[j+1].Is(analysis.Capitalized)) {
			j++
		}
		if j+1 < len(rest) && rest[j+1].Surface == "s" || ix.nameAdjective(rest[j].Surface) {
			i = j
			continue
		}
		return nil
	}
	return nil
}

// shareWords ask for a share of a whole.
var shareWords = set("percentage", "percent", "share", "proportion", "fraction", "part", "portion")

// percentWords ask for a share told as a percentage: "What share…", "What
// is Russia's percentage…".
var percentWords = set("percentage", "percent", "share", "proportion", "fraction")

// attributeOfName returns the attribute of a name that a question asks
// about anywhere in it: "president" in "What did Blinken say to the
// president of Turkmenistan?". The answer must name it: Blinken's words to
// the five foreign ministers, Turkmenistan's among them, are not his words
// to its president.
func attributeOfName(toks []analysis.Token) []string {
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].Surface != "the" || toks[i+2].Surface != "of" {
			continue
		}
		x, y := toks[i+1], toks[i+3]
		if !roleNouns[x.Surface] || x.Is(analysis.Capitalized) {
			continue
		}
		if y.Is(analysis.Capitalized) && !y.Is(analysis.Stop) {
			return []string{x.Surface}
		}
	}
	return nil
}

// isNameWord reports whether w is the word "name", which asks for the answer.
func isNameWord(w string) bool { return w == "name" || w == "names" }

// attributeEnds are the prepositions that end an attribute's words.
var attributeEnds = map[string]bool{"of": true, "in": true, "for": true, "between": true, "with": true, "during": true, "on": true, "at": true}

// answerNouns ask for the answer itself rather than name an attribute the
// answer states: "What is the name of the trophy?" is answered by "the Vince
// Lombardi Trophy", which does not say "name".
var answerNouns = map[string]bool{
	"name": true, "names": true, "term": true, "terms": true, "title": true, "word": true, "words": true,
	"number": true, "amount": true, "type": true, "kind": true, "sort": true, "form": true, "example": true,
	"proportion": true, "percentage": true, "share": true, "date": true, "year": true, "place": true,
}

var monthsAndDays = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "tomorrow": true,
}

// numberWords are the English words for numbers and amounts: "three
// personal messages" answers "how many".
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true,
	"fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true,
	"nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true,
	"seventy": true, "eighty": true, "ninety": true, "hundred": true, "hundreds": true,
	"thousand": true, "thousands": true, "million": true, "millions": true, "billion": true,
	"billions": true, "trillion": true, "dozen": true, "dozens": true, "half": true, "twice": true,
	"double": true, "triple": true, "percent": true, "majority": true, "minority": true,
}

// isYear reports whether a number's surface reads as a year.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	y, err := strconv.Atoi(s)
	return err == nil && y >= 1000 && y <= 2100
}

// detectUnit reads what an amount question counts in: a share
// ("what share", "what percentage") or money, when the question names a
// currency or asks "how much" of a word close in meaning to "money" (aid,
// funding, cost, cash: cosine at least moneyMin). "How many days did he
// spend" counts days, whatever "spend" is close to.
func (ix *Index) detectUnit(toks []analysis.Token) amountUnit {
	howMuch := false
	for i, t := range toks {
		if i+1 == len(toks) {
			break
		}
		switch next := toks[i+1].Surface; t.Surface {
		case "what", "which":
			if percentWords[next] || percentWords[attributeNoun(toks[i:])] {
				return percentUnit // "What share of…", "What is Russia's share of…"
			}
		case "how":
			if next == "much" && i+2 < len(toks) && toks[i+2].Surface == "of" && !slices.ContainsFunc(toks, func(t analysis.Token) bool { return rateWords[t.Surface] }) {
				// "How much of the trade…": a part of a whole, told
				// as a share more often than as a sum; but "How much
				// of the money does each country get?" asks for a sum.
				return percentUnit
			}
			howMuch = howMuch || next == "much"
			if next == "many" && i+2 < len(toks) && toks[i+2].Surface == analysis.Percent {
				// "How many % of the votes…", "how many percent": a
				// share, typed as a count.
				return percentUnit
			}
			if next == "long" || next == "far" {
				return measureUnit
			}
			if next == "old" {
				return ageUnit
			}
		}
	}
	money := int32(-1)
	if ix.vecs != nil && howMuch {
		money = ix.vecs.ID("money")
	}
	for _, t := range toks {
		if t.Is(analysis.Stop) || t.Is(analysis.Number) {
			continue
		}
		if analysis.IsCurrency(t.Term) {
			return moneyUnit
		}
		if money >= 0 && !timeWords[t.Surface] && !monthsAndDays[t.Surface] && !periods[t.Surface] {
			// "year" stands near "money" (0.61), but "How much did the
			// economy grow last year?" asks no sum of money.
			if v := ix.vecs.ID(t.Surface); v >= 0 && ix.vecs.Cos(v, money) >= moneyMin {
				return moneyUnit
			}
		}
	}
	return anyUnit
}

// periods are the words of a span of time that timeWords leaves out.
var periods = set("year", "years", "month", "months", "decade", "decades")

// moneyMin is the cosine to "money" from which a question word makes an
// amount one of money: "aid" 0.63, "funding" 0.70, "cost" 0.69; "oil"
// 0.47, "people" 0.57, "budget" 0.55 stay plain amounts.
const moneyMin = 0.6

// hasUnit reports whether sentence sid states an amount in the unit asked.
func (ix *Index) hasUnit(u amountUnit, sid uint32) bool {
	switch u {
	case moneyUnit:
		return ix.holdsKind(sid, kindMoney, 0, nil)
	case percentUnit:
		return ix.holdsKind(sid, kindPercent, 0, nil)
	case measureUnit:
		return ix.holdsKind(sid, kindMeasure, 0, nil)
	case ageUnit:
		return ix.holdsKind(sid, kindAge, 0, nil)
	}
	return false
}

// timeWords tell when something happened without a date: "the next
// day", "last week", "in the 20th century", "yesterday", or by another
// event: "after the talks", "until the end of the war", "once it is
// disturbed". Years go unlisted: "over the past 15 years" tells how long,
// and "last year" is indexed as a year (see appendRelativeYears).
var timeWords = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "century": true, "centuries": true,
	"yesterday": true, "today": true, "tomorrow": true, "ago": true, "tonight": true, "evening": true, "morning": true,
	"after": true, "before": true, "during": true, "when": true, "whenever": true, "until": true, "till": true, "since": true, "once": true,
}

// asksCalendar reports whether a question asks for a calendar date: "On
// what date…", "In which year…". Another event ("after the talks") tells
// when, but not that.
func asksCalendar(toks []analysis.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if w := toks[i].Surface; w == "what" || w == "which" {
			switch toks[i+1].Surface {
			case "date", "year", "month", "day":
				return true
			}
		}
	}
	return false
}

// tellsTime reports whether a sentence, analysed, says when: a date (a
// year, a decade such as "1950s", a month, a weekday) or, unless only a
// calendar date will do, a word of timeWords.
func tellsTime(sentence []analysis.Token, calendar bool) bool {
	for _, t := range sentence {
		s := t.Surface
		if monthsAndDays[s] || isYear(s) || len(s) == 5 && s[4] == 's' && isYear(s[:4]) || !calendar && timeWords[s] {
			return true
		}
	}
	return false
}

// hasType reports whether sentence sid holds a thing of the wanted kind
// that the question does not already name.
func (ix *Index) hasType(want answerType, sid uint32, qterms []termID) bool {
	switch want {
	case amountType:
		return ix.holdsKind(sid, kindNumber, kindDate, qterms) // a year is a date, not an amount
	case dateType:
		return ix.holdsKind(sid, kindDate, 0, qterms)
	case nameType:
		return ix.holdsKind(sid, kindName, 0, qterms)
	}
	return false
}

// holdsKind reports whether sentence sid holds a term of kind need, not
// also of kind not, and not among except.
func (ix *Index) holdsKind(sid uint32, need, not termKind, except []termID) bool {
	for _, t := range ix.termsOf(sid) {
		if k := ix.termKind[t]; k&need != 0 && k&not == 0 && !slices.Contains(except, t) {
			return true
		}
	}
	return false
}

// asksWhy reports whether a question asks for a reason: "why", or "for
// what reason/purpose".
func asksWhy(toks []analysis.Token) bool {
	for i, t := range toks {
		switch t.Surface {
		case "why":
			return true
		case "reason", "purpose", "motive":
			if i > 0 && (toks[i-1].Surface == "what" || toks[i-1].Surface == "the") {
				return true
			}
		}
	}
	return false
}

// reasonWords state a reason or a purpose wherever they stand.
var reasonWords = map[string]bool{
	"because": true, "due": true, "reason": true, "reasons": true, "purpose": true, "aim": true,
	"aimed": true, "aims": true, "goal": true, "intended": true, "ostensibly": true, "supposedly": true,
	"thanks": true, "motive": true, "motivated": true,
}

// statesReason reports whether a sentence, analysed, states a reason or a
// purpose: a word of reasonWords, "in order (to)" or "so that". A bare
// "to" before a verb ("sent troops to quell protests") is left out: without
// parts of speech it cannot be told from "to" before a noun, and counting
// it cost more answers than it found.
func statesReason(sentence []analysis.Token) bool {
	for i, t := range sentence {
		if reasonWords[t.Surface] {
			return true
		}
		if i+1 == len(sentence) {
			break
		}
		next := sentence[i+1]
		switch t.Surface {
		case "so":
			if next.Surface == "that" {
				return true
			}
		case "in":
			if next.Surface == "order" {
				return true
			}
		}
	}
	return false
}

// definedWords returns the words of what a question asks to define, when
// that is all it asks: "csto" in "What is the CSTO?", "caspian pipeline
// consortium" in "What was the Caspian Pipeline Consortium?".
func definedWords(toks []analysis.Token) []string {
	if len(toks) < 3 {
		return nil
	}
	switch toks[0].Surface {
	case "what", "who":
	default:
		return nil
	}
	var rest []analysis.Token
	switch last, meaning := toks[len(toks)-1].Surface, meaningAsked(toks); {
	case slices.Contains(copulas, toks[1].Surface):
		rest = toks[2:]
	case meaning > 0:
		rest = toks[2 : len(toks)-meaning]
	case slices.Contains(copulas, last) && last != "s":
		// Asked inside a request: "(Can you tell me) what the CSTO is?"
		rest = toks[1 : len(toks)-1]
	default:
		return nil
	}
	if len(rest) > 0 && isArticle(rest[0].Surface) {
		rest = rest[1:]
	}
	var words []string
	for _, t := range rest {
		if t.Is(analysis.Compound) {
			continue
		}
		if t.Is(analysis.Stop) {
			return nil
		}
		words = append(words, t.Surface)
	}
	if len(words) == 0 || len(words) > maxDefined {
		return nil
	}
	return words
}

// meaningAsked returns how many words end a question of the shape "What
// does X stand for?" or "What does X mean?": a definition asked for, whose
// last words are no words to look for ("stand" would find "stand up").
func meaningAsked(toks []analysis.Token) int {
	n := len(toks)
	if n < 4 || toks[0].Surface != "what" || toks[1].Surface != "does" && toks[1].Surface != "do" {
		return 0
	}
	switch {
	case toks[n-1].Surface == "mean" || toks[n-1].Surface == "means":
		return 1
	case toks[n-1].Surface == "for" && (toks[n-2].Surface == "stand" || toks[n-2].Surface == "stands"):
		return 2
	}
	return 0
}

// copulas join "What is" to what it asks to define.
var copulas = []string{"is", "are", "was", "were", "s"}

// maxDefined is the most words a thing asked to be defined may have.
const maxDefined = 5

// definition reports whether a sentence, analysed from text, defines
// what the question asks about: a run of its words that stands for all
// of it (defining maps a term to the question words it meets; the run may
// end in one more name) is followed by an
// apposition (", a/an/the/which/who…"), a parenthesis, or "is/was
// a/an/the…": "the Collective Security Treaty Organization, a Moscow-led
// military alliance", "Azattyk Media (a branch of Radio Liberty…)".
//
// For "Who is X?", given a test of given names, a title or role right
// before the name defines it too: "Kremlin spokesman Dmitry Peskov",
// "Secretary of State Antony Blinken".
func definition(text string, sentence []analysis.Token, termIDs map[string]termID, defining map[termID]uint32, all uint32, given func(analysis.Token) bool) bool {
	met := func(t analysis.Token) uint32 {
		if id, ok := termIDs[t.Term]; ok {
			return defining[id]
		}
		return 0
	}
	for j := 0; j < len(sentence); j++ {
		run := met(sentence[j])
		if run == 0 || sentence[j].Is(analysis.Compound) {
			continue
		}
		first := j
		for j+1 < len(sentence) && (met(sentence[j+1]) != 0 || sentence[j+1].Is(analysis.Compound)) {
			j++
			run |= met(sentence[j])
		}
		if run != all {
			continue // "Kyrgyzstan, which…" does not define "Kyrgyzstan's president"
		}
		if given != nil && titled(text, sentence, first, given) {
			return true
		}
		if j+1 < len(sentence) && sentence[j+1].Is(analysis.Capitalized) && !sentence[j+1].Is(analysis.Stop) &&
			text[sentence[j].End:sentence[j+1].Start] == " " {
			j++ // the rest of the name: "Azattyk Media"
		}
		end := sentence[j].End
		if j+1 == len(sentence) {
			return strings.HasPrefix(strings.TrimSpace(text[end:]), "(")
		}
		next := sentence[j+1]
		gap := text[end:next.Start]
		switch {
		case strings.Contains(gap, "("):
			return true
		case strings.Contains(gap, ",") && appositionWords[next.Surface]:
			return true
		case strings.TrimSpace(gap) == "" && (next.Surface == "is" || next.Surface == "was" || next.Surface == "are") &&
			j+2 < len(sentence) && appositionWords[sentence[j+2].Surface]:
			return true
		}
	}
	return false
}

// appositionWords open a phrase that says what the thing before it is.
var appositionWords = map[string]bool{"a": true, "an": true, "the": true, "which": true, "who": true, "one": true}

// titled reports whether the name that starts at sentence[first] (after
// given names) stands right after a title or a role: a capitalised word
// that is no given name ("President", "State") or a noun that is no verb
// ("spokesman", "portal").
func titled(text string, sentence []analysis.Token, first int, given func(analysis.Token) bool) bool {
	// The words before the name, nearest first, without the joined forms
	// of hyphenated words.
	var before []analysis.Token
	for k := first - 1; k >= 0 && len(before) < 3; k-- {
		if !sentence[k].Is(analysis.Compound) {
			before = append(before, sentence[k])
		}
	}
	next := sentence[first].Start
	for _, t := range before {
		if t.End > next || text[t.End:next] != " " || t.Is(analysis.Stop) || t.Is(analysis.Number) {
			return false
		}
		if !t.Is(analysis.Capitalized) || t.Is(analysis.Initial) {
			// A role: a noun that is no verb ("spokesman", "portal").
			th, err := thesaurus.Default()
			return err == nil && th.IsLemma(t.Surface, "n") && !th.IsLemma(t.Surface, "v") && len(th.Lemmas(t.Surface)) <= 1
		}
		if !given(t) {
			return true // a title: "President", "State"
		}
		next = t.Start // a given name: "Dmitry" in "spokesman Dmitry Peskov"
	}
	return false
}

// requestFrame returns how many words at the start of a question only
// frame the request: a greeting or a word joining it to the talk ("Hey
// Citebot,", "So,", "btw"), a pointer at the corpus ("Based on the
// articles,"), and "Can you tell me", "Do you know", "I'd like to know
// about", "Please explain". They say nothing of what is asked, and as
// words of the question they would be looked for in the answer ("tell",
// "know") and, the corpus lacking them ("wonder"), weigh it down.
func requestFrame(toks []analysis.Token) int {
	g := 0 // greetings and the bot addressed: "Hey Citebot, who…"
	for g < len(toks) {
		switch t := toks[g].Surface; {
		case greetings[t]:
			g++
			if g < len(toks) && addressees[toks[g].Surface] && g+1 < len(toks) && toks[g+1].Start-toks[g].End > 1 {
				g++ // "Hello there! …", "Hi all, …"
			}
		case (t == "just" || t == "only") && g+1 < len(toks) && (toks[g+1].Surface == "curious" || toks[g+1].Surface == "wondering"),
			(t == "got" || t == "have") && g+2 < len(toks) && toks[g+1].Surface == "a" && (toks[g+2].Surface == "question" || toks[g+2].Surface == "q"):
			g += 2 // "Just curious, …"; "Got a question - …" (its "question" is read next)
		case (t == "help" || t == "curious" || t == "wondering" || punctuatedFillers[t]) && g+1 < len(toks) && toks[g+1].Start-toks[g].End > 1:
			g++ // "Help: …", "Curious: …", "Quickly, …"
		case t == "good" && g+2 < len(toks) && dayTimes[toks[g+1].Surface] && toks[g+2].Start-toks[g+1].End > 1:
			g += 2 // "Good morning! …"
		case t == "need" && g == 0 && g+3 < len(toks) && toks[g+1].Surface == "to" && toks[g+2].Surface == "know" && toks[g+3].Start-toks[g+2].End > 1:
			g += 3 // "Need to know: …"
		case (t == "quick" || t == "real" || t == "honest" || t == "random" || t == "dumb" || t == "stupid") && g+1 < len(toks) && (toks[g+1].Surface == "question" || toks[g+1].Surface == "q"):
			g += 2 // "Quick question:", "Real question:"
		case (t == "question" || t == "q") && (g == 0 || toks[g-1].Surface == "a") && g+1 < len(toks) &&
			(whWords[toks[g+1].Surface] || openers[toks[g+1].Surface] || toks[g+1].Start-toks[g].End > 1):
			g++ // "Question: who…", "Q: did…", "Question: Peskov's reaction?"
		case t == "excuse" && g+1 < len(toks) && toks[g+1].Surface == "me",
			t == "tl" && g+1 < len(toks) && toks[g+1].Surface == "dr":
			g += 2 // "Excuse me, …", "tl;dr …"
		case (t == "based" || t == "according") && g+3 < len(toks) && sourcePrepositions[toks[g+1].Surface] &&
			corpusDeterminers[toks[g+2].Surface] && corpusNouns[toks[g+3].Surface]:
			g += 4 // "Based on the articles, …", "According to these reports, …"
		case g+2 < len(toks) && sourcePrepositions[t] && corpusDeterminers[toks[g+1].Surface] && corpusNouns[toks[g+2].Surface]:
			g += 3 // "In the news, …"
		default:
			return g + requestVerb(toks[g:])
		}
	}
	return 0 // nothing but a greeting: nothing to drop
}

// greetings open a question addressed to the bot without asking anything,
// as do the words that only join it to the talk: "so", "btw", "also".
var greetings = set("hey", "hi", "hello", "hiya", "ok", "okay", "yo", "hmm", "um", "umm", "uh", "oh", "ah", "thanks", "bot", "citebot",
	"so", "btw", "also", "and", "but", "well", "anyway", "lol", "wait", "sorry", "idk", "plz", "pls", "haha", "omg", "ugh", "guys", "folks")

// hedges only stress or soften a question: "What did Blinken actually
// say?", "Was it really about Russia?". The answer seldom says them, and
// the articles' "Actually, in Astana, …" is no answer to every question
// that stresses.
var hedges = set("actually", "really", "exactly", "truly", "indeed", "precisely", "specifically", "literally", "honestly", "ever")

// punctuatedFillers open a question, followed by a mark of punctuation,
// without asking anything: "Quickly, …", "Seriously, …".
var punctuatedFillers = set("quickly", "briefly", "seriously", "honestly", "basically", "alright", "right", "urgent", "important")

// dayTimes follow "good" in a greeting: "Good morning!".
var dayTimes = set("morning", "afternoon", "evening", "day", "night")

// addressees follow a greeting: "Hello there!", "Hi all,".
var addressees = set("there", "all", "everyone", "everybody", "folks", "guys", "team", "friend")

// openers are the auxiliaries a yes-no question opens with.
var openers = set("did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "should")

// sourcePrepositions, before "the articles", point at the corpus: "In
// the news, …", "Based on the articles, …".
var sourcePrepositions = set("on", "to", "from", "in", "per", "by")

// corpusDeterminers stand between a preposition and a noun of the corpus.
var corpusDeterminers = set("the", "these", "this", "those", "your", "our")

// requestVerb returns how many words at the start of a question, after
// any greeting, frame the request (see requestFrame).
func requestVerb(toks []analysis.Token) int {
	at := func(i int, words ...string) bool {
		return i < len(toks) && slices.Contains(words, toks[i].Surface)
	}
	i := 0
	if at(i, "please") {
		i++
	}
	switch {
	case at(i, "can", "could", "would", "will") && (at(i+1, youWords...) || at(i+1, "anyone", "anybody", "someone", "somebody")):
		j := i + 2
		if at(j, "please") {
			j++
		}
		if !at(j, requestVerbs...) {
			return 0
		}
		i = j + 1
	case at(i, "do", "does") && (at(i+1, youWords...) || at(i+1, "anyone", "anybody", "someone", "somebody")) && at(i+2, "know", "remember"):
		i += 3
	case at(i, "anyone", "anybody") && at(i+1, "know"):
		i += 2 // "anyone know who…"
	case at(i, "any") && at(i+1, "idea", "ideas", "clue"):
		i += 2 // "Any idea why…"
	case at(i, "help") && at(i+1, "me", "us") && at(i+2, learnVerbs...),
		at(i, "let") && at(i+1, "me", "us") && at(i+2, "know"):
		i += 3 // "Help me understand…", "Let me know…"
	case at(i, "i", "we"):
		switch j := i + 1; {
		case at(j, "wonder", "wondered", "read", "heard", "saw"):
			i = j + 1
		case at(j, "m", "am", "are", "re") && at(j+1, "wondering", "curious"):
			i = j + 2
		case at(j, "ve", "have") && at(j+1, "been") && at(j+2, "wondering", "curious"):
			i = j + 3 // "I've been wondering"
		case at(j, "was", "were") && at(j+1, "wondering"):
			i = j + 2
		case at(j, "d", "would") && at(j+1, "like", "love") && at(j+2, "to") && at(j+3, learnVerbs...):
			i = j + 4
		case at(j, "want", "need") && at(j+1, "to") && at(j+2, learnVerbs...):
			i = j + 3
		case at(j, "wanna", "gotta") && at(j+1, learnVerbs...):
			i = j + 2 // "I wanna know…"
		case at(j, "m", "am", "re", "are") && at(j+1, "trying") && at(j+2, "to") && at(j+3, learnVerbs...):
			i = j + 4 // "I'm trying to figure out…"
		default:
			return 0
		}
	case at(i, requestVerbs...) && !at(i+1, "of"): // "Name of Tajikistan's president?" names no verb
		i++
	case at(i, "is") && at(i+1, "it") && at(i+2, "true"):
		i += 3
	case at(i, "what") && at(i+1, "i", "we"):
		// "What I want to know is who…", "What I wanna know is…"
		j := i + 2
		switch {
		case at(j, "want", "need") && at(j+1, "to"):
			j += 2
		case at(j, "wanna"):
			j++
		}
		if !at(j, learnVerbs...) || !at(j+1, "is") {
			return 0
		}
		i = j + 2
	default:
		return 0
	}
	for at(i, "me", "us", "out", "about", "if", "whether", "that", "please") {
		i++
	}
	if i == len(toks) {
		return 0 // "Tell me": nothing else asked, nothing to drop
	}
	return i
}

// courtesy returns how many words at the end of question q, analysed as
// toks, only thank or plead: "thanks", "thank you very much", "thanks in
// advance", "pls", "thx", "if you know", "if possible", and after a mark
// of punctuation "cheers", which is a noun too. The articles' "thanked"
// would meet them.
func courtesy(q string, toks []analysis.Token) int {
	if k := answerInstructions(q, toks); k > 0 {
		return k + courtesy(q, toks[:len(toks)-k])
	}
	if k := followUp(q, toks); k > 0 {
		return k + courtesy(q, toks[:len(toks)-k])
	}
	n := len(toks)
	at := func(i int, words ...string) bool { return i >= 0 && i < n && slices.Contains(words, toks[i].Surface) }
	end := n
	for end > 1 {
		i := end - 1
		switch {
		case at(i, "pls", "plz", "thx", "ty", "tia", "lol", "lmao", "haha"):
		case at(i, "much") && at(i-1, "so", "very") && at(i-2, "you") && at(i-3, "thank"):
			i -= 3
		case at(i, "you") && at(i-1, "thank"):
			i--
		case at(i, "lot") && at(i-1, "a") && at(i-2, "thanks"), at(i, "advance") && at(i-1, "in") && at(i-2, "thanks"),
			at(i, "know", "remember", "can") && at(i-1, "you") && at(i-2, "if"):
			i -= 2 // "…, if you know?"
		case at(i, "possible") && at(i-1, "if"):
			i--
		case at(i, "it") && at(i-1, "appreciate") && at(i-2, "d", "would") && at(i-3, "i"):
			i -= 3 // "I'd appreciate it", "I would appreciate it"
		case at(i, "appreciated") && at(i-1, "much", "greatly") && i >= 2 && strings.ContainsAny(q[toks[i-2].End:toks[i-1].Start], "?!.,;:"):
			i-- // "…? Much appreciated", not "Was the visit much appreciated?"
		case at(i, "thanks", "cheers"):
		default:
			i = -1
		}
		if i < 2 || toks[end-1].Is(analysis.Compound) || toks[i-1].End > toks[i].Start ||
			at(i, "cheers") && !strings.ContainsAny(q[toks[i-1].End:toks[i].Start], "?!.,;:") {
			break // "Who met Blinken with cheers?"
		}
		end = i
	}
	return n - end
}

// answerInstructions returns how many words at the end of question q,
// analysed as toks, are a last sentence that only says how to answer:
// "Source please.", "Sources?", "Cite your source.", "Be brief.", "Short
// answer please.", "Explain.", "Details?", "Quote the article.". Every
// answer quotes its source anyway, and "source", "brief" or "details"
// would be looked for in it.
func answerInstructions(q string, toks []analysis.Token) int {
	for i := len(toks) - 1; i > 0; i-- {
		t := toks[i]
		if !t.Is(analysis.Stop) && !instructionWords[t.Surface] {
			return 0
		}
		if prev := toks[i-1]; prev.End <= t.Start && strings.ContainsAny(q[prev.End:t.Start], ".?!") {
			if !slices.ContainsFunc(toks[i:], func(u analysis.Token) bool { return instructionWords[u.Surface] }) {
				return 0 // "Blinken visited Astana. Why?" asks why
			}
			return len(toks) - i
		}
		if prev := toks[i-1]; t.Is(analysis.Capitalized) && !t.Is(analysis.Initial) && !prev.Is(analysis.Capitalized) && !isArticle(prev.Surface) &&
			slices.ContainsFunc(toks[i:], func(u analysis.Token) bool { return instructionWords[u.Surface] }) {
			// Typed without the mark that ends the question, the last
			// sentence is told by its capital: "who did blinken meet
			// in tashkent Source please", "… In one sentence"; not
			// after a capital ("What Did Blinken Say About The Article")
			// or an article ("the Article").
			return len(toks) - i
		}
	}
	return 0
}

// followUp returns how many words at the end of question q, analysed as
// toks, are a last question that asks after the one before it with no
// word of its own: "…? And who said it?", "…? When?", "…? Why?". Its
// question word would turn the first question's kind of answer into
// its own, and "said" meet any quotation; the answer to the first
// question tells the rest, if anything does.
func followUp(q string, toks []analysis.Token) int {
	asks := false
	for i := len(toks) - 1; i > 0; i-- {
		t := toks[i]
		if !t.Is(analysis.Stop) && !speechAsked[t.Term] {
			return 0
		}
		asks = asks || whWords[t.Surface]
		if prev := toks[i-1]; asks && prev.End <= t.Start && strings.ContainsAny(q[prev.End:t.Start], "?") &&
			slices.ContainsFunc(toks[:i], func(u analysis.Token) bool { return !u.Is(analysis.Stop) }) {
			return len(toks) - i
		}
	}
	return 0
}

// instructionWords say how to answer, not what is asked: sources, length,
// manner, urgency, and pleas.
var instructionWords = set("source", "sources", "link", "links", "citation", "citations", "cite", "reference", "references", "receipts", "proof",
	"brief", "briefly", "short", "shortly", "answer", "answers", "explain", "explanation", "detail", "details", "elaborate", "quote", "quotes",
	"article", "articles", "sentence", "sentences", "word", "words", "summary", "summarize", "summarise", "simple", "asap", "urgent", "help",
	"one", "two", "few", "line", "lines", "paragraph", "please", "pls", "plz", "thanks", "thank", "thx", "ty", "k", "cheers", "give", "provide", "show", "add", "include", "keep", "be")

// chatter drops from a question the clauses that talk about
// the asking rather than ask: a clause, between marks that end a sentence
// or a colon, that has no question word but has "I", "me", "you"…, when
// another clause has words of its own. "I was reading the news and I'm
// curious: what did Blinken announce?", "Can you help me? Who is
// Tokayev?", "I have a question. Did Blinken visit Astana?". Names in it
// stay: "I read about Blinken: what did he say?". It returns toks without
// them, in place.
func chatter(q string, toks []analysis.Token) []analysis.Token {
	type clause struct{ from, to int }
	var clauses []clause
	from := 0
	for i := 1; i <= len(toks); i++ {
		if i == len(toks) || toks[i-1].End <= toks[i].Start && strings.ContainsAny(q[toks[i-1].End:toks[i].Start], ".?!:;") {
			clauses = append(clauses, clause{from, i})
			from = i
		}
	}
	if len(clauses) < 2 {
		return toks
	}
	talk := func(c clause) bool {
		person := false
		for _, t := range toks[c.from:c.to] {
			if whWords[t.Surface] {
				return false
			}
			person = person || personWords[t.Surface] && t.Is(analysis.Stop)
		}
		return person
	}
	asks := false // some clause asks something of its own
	for _, c := range clauses {
		if !talk(c) {
			asks = true
		}
	}
	if !asks {
		return toks
	}
	out := toks[:0]
	for _, c := range clauses {
		talks := talk(c)
		for _, t := range toks[c.from:c.to] {
			if !talks || t.Is(analysis.Capitalized) && !t.Is(analysis.Initial) && !personWords[t.Surface] {
				out = append(out, t)
			}
		}
	}
	return out
}

// whWords open a question.
var whWords = set("what", "who", "whom", "whose", "which", "when", "where", "why", "how", "whats", "wat")

// personWords speak of the asker or the bot.
var personWords = set("i", "me", "my", "we", "our", "you", "your", "m", "ve", "ll", "d")

// corpusReference returns how many words at the end of a question only
// point at the corpus: "mentioned in the articles", "according to these
// reports", "in the news". Like a request frame they say nothing of what is
// asked, and the articles never write them.
func corpusReference(toks []analysis.Token) int {
	n := len(toks)
	if n < 4 || !corpusNouns[toks[n-1].Surface] || !corpusDeterminers[toks[n-2].Surface] {
		return 0
	}
	i := n - 3
	switch toks[i].Surface {
	case "to":
		if i == 0 || toks[i-1].Surface != "according" {
			return 0
		}
		i--
	case "in", "from", "by":
		if i > 0 && referenceVerbs[toks[i-1].Surface] {
			i--
			// "that is mentioned in"
			if i > 1 && slices.Contains([]string{"that", "who", "which"}, toks[i-2].Surface) && slices.Contains(copulas, toks[i-1].Surface) {
				i -= 2
			}
		}
	default:
		return 0
	}
	if i < 2 {
		return 0 // nothing else asked
	}
	return n - i
}

// corpusNouns name the corpus or a part of it.
var corpusNouns = map[string]bool{"article": true, "articles": true, "news": true, "report": true, "reports": true, "text": true,
	"texts": true, "corpus": true, "story": true, "stories": true, "sources": true, "coverage": true}

// referenceVerbs say where the corpus has something: "mentioned in".
var referenceVerbs = map[string]bool{"mentioned": true, "named": true, "discussed": true, "described": true, "reported": true,
	"cited": true, "quoted": true, "covered": true, "written": true, "featured": true}

// requestVerbs ask for an answer: "tell me", "can you explain".
var requestVerbs = []string{"tell", "show", "explain", "describe", "give", "list", "name", "summarize", "summarise", "define", "find", "remind"}

// youWords address the bot, as typed in haste too: "can u tell me".
var youWords = []string{"you", "u", "ya", "ye"}

// learnVerbs follow "I want to" or "I'd like to" in a request.
var learnVerbs = []string{"know", "understand", "learn", "find", "hear", "figure"}

// sourceWords returns the words that name whom a question asks the view
// of: "vedomosti kazakhstan" in "What does Vedomosti Kazakhstan say about
// the union?", "state department" in "According to the State Department,
// what…", "blinken" in "In Blinken's view, …". The answer states that
// source's words, so it names the source itself ("According to Vedomosti
// Kazakhstan, …") more often than its neighbour does.
func sourceWords(q string, toks []analysis.Token) []string {
	// take returns the content words from toks[i] on, up to a
	// punctuation mark or a stop word other than an article.
	take := func(i int) []string {
		var out []string
		for j := i; j < len(toks); j++ {
			t := toks[j]
			if j > i && punctuated(q, toks[j-1], t) {
				break
			}
			if t.Is(analysis.Stop) {
				if len(out) == 0 && isArticle(t.Surface) {
					continue
				}
				break
			}
			if !t.Is(analysis.Compound) {
				out = append(out, t.Surface)
			}
		}
		return out
	}
	for i := 0; i+1 < len(toks); i++ {
		w, next := toks[i].Surface, toks[i+1].Surface
		switch {
		case w == "according" && next == "to":
			return take(i + 2)
		case (w == "does" || w == "did" || w == "do") && i > 0 && toks[i-1].Surface == "what":
			// "What does X say/think…": X runs to the verb of speech.
			for j := i + 1; j < len(toks); j++ {
				if viewVerbs[toks[j].Surface] {
					// The words up to the verb, if nothing but the
					// verb's own run of words follows them.
					src, rest := take(i+1), take(j)
					if n := len(src) - len(rest); n > 0 && slices.Equal(src[n:], rest) {
						return src[:n]
					}
					break
				}
			}
		case (next == "view" || next == "opinion" || next == "eyes") && toks[i].Surface == "s" && i > 0:
			// "In Blinken's view": the owner before "'s".
			j := i - 1
			for j > 0 && !toks[j-1].Is(analysis.Stop) && !punctuated(q, toks[j-1], toks[j]) {
				j--
			}
			src := take(j)
			return src[:min(len(src), i-j)]
		}
	}
	return nil
}

// isArticle reports whether a folded word is "the", "a" or "an".
func isArticle(w string) bool { return w == "the" || w == "a" || w == "an" }

// punctuated reports whether a punctuation mark stands between two tokens
// of q.
func punctuated(q string, a, b analysis.Token) bool {
	return a.End <= b.Start && strings.ContainsAny(q[a.End:b.Start], ",;:?!.()")
}

// viewVerbs say what a source said or thought, in "What does X say?".
var viewVerbs = map[string]bool{
	"say": true, "said": true, "think": true, "thought": true, "believe": true, "write": true, "wrote": true,
	"claim": true, "report": true, "argue": true, "predict": true, "see": true, "view": true, "make": true,
	"tell": true, "told": true, "expect": true, "suggest": true, "conclude": true, "call": true, "describe": true,
}

// listNouns, in the plural after "which" or "what", ask for several names:
// "Which countries are in the CSTO?".
var listNouns = map[string]bool{
	"countries": true, "nations": true, "states": true, "republics": true, "cities": true, "capitals": true,
	"leaders": true, "ministers": true, "presidents": true, "officials": true, "diplomats": true,
	"members": true, "organizations": true, "organisations": true, "companies": true, "outlets": true,
}

// listNoun returns the noun of listNouns a question asks several names of,
// after "which" or "what" and perhaps a number word ("Which five
// countries…", "What countries' ministers…"), or after "who/what are the"
// ("Who are the members of the Eurasian Economic Union?"), or "".
func listNoun(toks []analysis.Token) string {
	for i, t := range toks {
		if t.Surface != "which" && t.Surface != "what" && t.Surface != "who" {
			continue
		}
		j := i + 1
		if j+1 < len(toks) && (toks[j].Surface == "are" || toks[j].Surface == "were") && toks[j+1].Surface == "the" {
			j += 2 // "Who are the members of…?"
		} else if t.Surface == "who" {
			continue
		}
		if j < len(toks) && (numberWords[toks[j].Surface] || toks[j].Is(analysis.Number)) {
			j++
		}
		if j < len(toks) && listNouns[toks[j].Surface] {
			return toks[j].Surface
		}
	}
	return ""
}

// minListed is the fewest names that make an enumeration.
const minListed = 3

// listsNames reports whether a sentence (text, analysed as toks)
// enumerates minListed or more names, separated by commas and "and", none
// of which meets a name of the question: "a military alliance that includes
// Armenia, Belarus, Kyrgyzstan and Tajikistan" answers "Which countries
// are in the CSTO?"; "a member of the EAEU, the CSTO and the CIS" lists
// the CSTO's peers, not its members. A name is a run of capitalised words
// ("Foreign Minister Djembek Kurbayev"), possessives included.
func (ix *Index) listsNames(qry *query, pos map[termID]int, text string, toks []analysis.Token) bool {
	items, asked, and := 0, false, false
	end := -1 // byte offset just past the enumeration's last name
	flush := func() bool {
		ok := items >= minListed && and && !asked
		items, asked, and, end = 0, false, false, -1
		return ok
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Is(analysis.Compound) || end > t.Start {
			continue
		}
		if !t.Is(analysis.Capitalized) || t.Is(analysis.Stop) {
			if _, ok := listGap(text[max(end, 0):t.End]); !ok || end < 0 {
				if flush() {
					return true
				}
			}
			continue
		}
		if end >= 0 {
			gapAnd, ok := listGap(text[end:t.Start])
			if !ok && flush() {
				return true
			}
			and = and || ok && gapAnd
		}
		// One name: capitalised words with only a space, a hyphen or a
		// possessive between them.
		j := i
		for {
			asked = asked || ix.meetsName(qry, pos, toks[j])
			next := j + 1
			for next < len(toks) && (toks[next].Is(analysis.Compound) || toks[next].Surface == "s") {
				next++
			}
			if next == len(toks) || !toks[next].Is(analysis.Capitalized) || toks[next].Is(analysis.Stop) ||
				toks[next].Start < toks[j].End || !nameGap(text[toks[j].End:toks[next].Start]) {
				break
			}
			j = next
		}
		items++
		end = toks[j].End
		i = j
	}
	return flush()
}

// namesHolder reports whether a sentence, analysed as toks, names a person
// by a role: a name, perhaps possessive, then up to maxRoleWords words
// ending in a role noun, then a capitalised word that is no role and
// meets no word of the question: "Turkmenistan's Foreign Minister Rashit
// Meredou", "Kazakh President Tokayev". Such a person is who "Who
// represented Turkmenistan…?" or "Who did Blinken meet in Tashkent?" asks
// for. asked says whether the name whose role it is is one the question
// writes.
func (ix *Index) namesHolder(qry *query, pos map[termID]int, toks []analysis.Token) (held, asked bool) {
	for i, t := range toks {
		if !t.Is(analysis.Capitalized) || t.Is(analysis.Stop) {
			continue
		}
		j := i + 1
		if j < len(toks) && toks[j].Surface == "s" {
			j++
		}
		if !ix.holderAfter(pos, toks[j:]) {
			continue
		}
		held = true
		if ix.meetsName(qry, pos, t) {
			return true, true
		}
	}
	return held, false
}

// holderAfter reports whether toks open with up to maxRoleWords words
// ending in a role noun, then a capitalised word that is no role and
// meets no word of the question (pos).
func (ix *Index) holderAfter(pos map[termID]int, toks []analysis.Token) bool {
	role := false
	for _, w := range toks[:min(len(toks), maxRoleWords)] {
		if personRole(w.Surface) {
			role = true
			continue
		}
		if role && w.Is(analysis.Capitalized) && !w.Is(analysis.Stop) {
			_, met := pos[ix.termIDs[w.Term]]
			return !met
		}
		if role || w.Is(analysis.Stop) {
			return false
		}
	}
	return false
}

// maxRoleWords is how many words a role and its modifiers may take
// between a name and the person holding the role: "Deputy Foreign
// Minister".
const maxRoleWords = 4

// meetsName reports whether a word of a sentence meets a name the
// question writes (pos maps the terms that meet question words to them).
func (ix *Index) meetsName(qry *query, pos map[termID]int, t analysis.Token) bool {
	id, ok := ix.termIDs[t.Term]
	if !ok {
		return false
	}
	k, met := pos[id]
	return met && qry.names&(1<<k) != 0
}

// nameGap reports whether the text between two capitalised words keeps
// them in one name.
func nameGap(gap string) bool {
	switch gap {
	case " ", "-", "’s ", "'s ", "’ ", "' ":
		return true
	}
	return false
}

// listGap reports whether the text between two names of an enumeration,
// or the start of it, is a separator: a comma, "and", or both, perhaps
// with "the" after ("…, the CSTO and the CIS"); and whether it holds "and".
func listGap(gap string) (and, ok bool) {
	g := strings.TrimSpace(gap)
	comma := strings.HasPrefix(g, ",")
	g = strings.TrimSpace(strings.TrimPrefix(g, ","))
	if rest, found := strings.CutPrefix(g, "and"); found && (rest == "" || rest[0] == ' ') {
		and, g = true, strings.TrimSpace(rest)
	}
	if rest, found := strings.CutPrefix(g, "the"); found && (rest == "" || rest[0] == ' ') && (comma || and) {
		g = strings.TrimSpace(rest)
	}
	return and, g == "" && (comma || and)
}

// motionVerbs are the forms of the verbs that take someone somewhere: in
// "Where did Blinken go next?" any of them may tell the destination
// ("flew to New Delhi", "before heading to Group of 20 talks in India").
// Those set false are no alternative to the others: their stem is also a
// noun ("head of the ministry").
var motionVerbs = map[string]bool{
	"go": true, "goes": true, "going": true, "gone": true, "went": true,
	"travel": true, "travels": true, "traveled": true, "travelled": true, "traveling": true, "travelling": true,
	"fly": true, "flies": true, "flew": true, "flown": true, "flying": true,
	"head": false, "heads": false, "headed": false, "heading": false,
	"move": true, "moves": true, "moved": true, "moving": true,
	"proceed": true, "proceeds": true, "proceeded": true, "proceeding": true,
}

// motionAlternatives are the verbs of motion another may meet, in a fixed
// order (alternatives of equal weight keep the order they are added in),
// shortest first: of the forms of a verb that share a term, --explain
// names the first, "fly" rather than "flew".
var motionAlternatives = func() []string {
	var out []string
	for w, alt := range motionVerbs {
		if alt {
			out = append(out, w)
		}
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b)) })
	return out
}()

// asksWhere reports whether a question asks where.
func asksWhere(toks []analysis.Token) bool {
	return slices.ContainsFunc(toks, func(t analysis.Token) bool { return t.Surface == "where" })
}

// destinationWindow is how many words may stand between "to" and the
// destination's name: "to neighboring Uzbekistan".
const destinationWindow = 2

// statesDestination reports whether a sentence, analysed, takes someone
// to a place the question does not name: a verb of motion, "to", then a
// capitalised name within destinationWindow words ("later flew to
// Uzbekistan", "will fly to neighboring Uzbekistan"). "let go of" and
// "will mostly go to structures" state none.
func (ix *Index) statesDestination(qry *query, pos map[termID]int, sentence []analysis.Token) bool {
	for i := 0; i+1 < len(sentence); i++ {
		if _, ok := motionVerbs[sentence[i].Surface]; !ok || sentence[i+1].Surface != "to" {
			continue
		}
		between := 0
		for _, t := range sentence[i+2:] {
			if t.Is(analysis.Compound) {
				continue
			}
			if !t.Is(analysis.Capitalized) || t.Is(analysis.Stop) {
				// "to neighboring Uzbekistan", "to the United States"
				if between++; between > destinationWindow || t.Is(analysis.Stop) && t.Surface != "the" {
					break
				}
				continue
			}
			if !ix.meetsName(qry, pos, t) {
				return true
			}
			break // where they came from, or where the question already is
		}
	}
	return false
}

// asksWhatSaid reports whether a question asks what someone said: "What
// did Blinken discuss at the G20?", "What did Tokayev tell Blinken?".
func asksWhatSaid(toks []analysis.Token) bool {
	if len(toks) < 3 || toks[0].Surface != "what" {
		return false
	}
	if outcomeAsked(toks) {
		return true
	}
	from, bare := 2, true // where the subject and verb start; whether the verb is bare
	switch toks[1].Surface {
	case "did", "does", "do", "will", "would":
	case "has", "have", "had":
		bare = false
	default:
		if auxless(toks) == 0 {
			return false
		}
		from = 1 // "What Blinken say about Russia?" without its "did"
	}
	for k, t := range toks[from:] {
		if !speechAsked[t.Term] || bare && !speechAskedBare[t.Surface] {
			continue // "What did the visit change, says the Epoch Times": not the verb "did" asks with
		}
		// "say about Russia", "tell Blinken about sanctions", "discuss?"
		// ask what was said; "say Blinken's visit would give…" asks about
		// the clause, which the answer may report in any words.
		for _, u := range toks[from+k+1:] {
			if speechContent[u.Surface] {
				return true
			}
			if clauseWords[u.Surface] {
				return false
			}
		}
		return true
	}
	return false
}

// asksContent reports whether a question asks what something held or
// someone said or wrote, of a subject it names after the auxiliary: "What
// did Biden write…?", "What was in the messages…?".
func asksContent(toks []analysis.Token) bool {
	if len(toks) < 3 || toks[0].Surface != "what" {
		return false
	}
	switch toks[1].Surface {
	case "was", "were", "is", "are":
		return true
	case "did", "does", "do", "will", "would", "has", "have", "had":
		// What was said or written, not what was sent: "What did Biden
		// send Tokayev?" is answered by "three personal messages".
		return slices.ContainsFunc(toks[2:], func(t analysis.Token) bool { return speechAsked[t.Term] })
	}
	return auxless(toks) > 0
}

// whatClause returns the clause of a question that asks "what", as the
// rules on what was said read it: from its last "what" that opens the
// question or is followed by an auxiliary ("so Biden sent Tokayev three
// messages - what did they say?"), without the words that only stress it
// ("What exactly did Biden say…?" is read "What did Biden say…?").
func whatClause(toks []analysis.Token) []analysis.Token {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].Surface != "what" {
			continue
		}
		j := i + 1
		for j < len(toks) && hedges[toks[j].Surface] {
			j++
		}
		if j == i+1 && i == 0 {
			return toks
		}
		if i == 0 || j < len(toks) && whatAux[toks[j].Surface] {
			return append(slices.Clip(toks[i:i+1]), toks[j:]...)
		}
	}
	return toks
}

// whatAux are the auxiliaries that follow "what" when it asks a question.
var whatAux = set("did", "does", "do", "will", "would", "has", "have", "had", "was", "were", "is", "are")

// outcomeAsked reports whether a question asks, with no speaker, what was
// said or agreed at something: "What was agreed at the G20 meeting?",
// "What was discussed in Astana?". The answer reports it; a sentence that
// only places the meeting does not.
func outcomeAsked(toks []analysis.Token) bool {
	if len(toks) < 4 || toks[0].Surface != "what" {
		return false
	}
	switch toks[1].Surface {
	case "was", "were", "is", "are", "has", "have":
		// "What was said to have set off the unrest?" asks what is
		// reported to have done something, not what was said.
		return speechAsked[toks[2].Term] && toks[2].Surface != toks[2].Term && toks[3].Surface != "to" // a participle: "agreed", "said"
	}
	return false
}

// auxless returns the index of the verb of a "what" question written
// without its "did" or "does", as a learner may write it: "What Blinken
// say about Russia?", "What Biden write to Tokayev?". The verb is a bare
// verb of saying within three words of "what", after words that are no
// stop words (the subject); 0 when there is none.
func auxless(toks []analysis.Token) int {
	for k := 2; k < min(len(toks), 5); k++ {
		if toks[k-1].Is(analysis.Stop) && toks[k-1].Surface != "s" {
			return 0
		}
		if speechAskedBare[toks[k].Surface] {
			return k
		}
	}
	return 0
}

// withheldFrom returns the index of the first token after a phrase that
// says details were withheld ("said, without elaborating, that…",
// "declined to comment", "did not specify"), or -1 when the sentence holds
// none. What such a sentence reports after the phrase is told without its
// content.
func withheldFrom(toks []analysis.Token) int {
	for i := 0; i+1 < len(toks); i++ {
		next := toks[i+1].Surface
		switch toks[i].Surface {
		case "without":
			if withholdVerbs[next] || next == "details" || next == "elaboration" {
				return i + 2
			}
			if (next == "giving" || next == "providing") && i+2 < len(toks) && toks[i+2].Surface == "details" {
				return i + 3
			}
		case "declined", "declining", "refused", "refusing":
			// "declined to comment", not "refused to join the union".
			if next == "to" && i+2 < len(toks) && (withholdVerbs[toks[i+2].Surface] || toks[i+2].Surface == "say") {
				return i + 3
			}
		case "not", "t":
			if withholdVerbs[next] {
				return i + 2
			}
		case "no":
			if next == "details" || next == "specifics" {
				return i + 2
			}
		}
	}
	return -1
}

// withholdVerbs are the verbs of telling details that "without" or "did
// not" deny: "without elaborating", "did not specify".
var withholdVerbs = map[string]bool{"elaborate": true, "elaborating": true, "specify": true, "specifying": true, "detail": true, "detailing": true,
	"disclose": true, "disclosing": true, "explain": true, "explaining": true, "reveal": true, "revealing": true, "comment": true, "commenting": true}

// speechContent are the prepositions after a verb of saying that lead to
// what was said, or where: "say about", "discuss at".
var speechContent = map[string]bool{"about": true, "to": true, "at": true, "in": true, "on": true, "during": true,
	"with": true, "for": true, "after": true, "before": true, "when": true, "while": true, "of": true, "regarding": true}

// clauseWords start or mark a clause after a verb of saying: "say (that)
// Blinken's visit would…", "say the visit changed". A determiner may also
// start an object ("tell the ministers about…"): such a question is not
// read as asking what was said, which only makes the rule fire less.
var clauseWords = map[string]bool{"the": true, "a": true, "an": true, "this": true, "these": true, "his": true, "her": true, "its": true, "their": true, "that": true, "s": true, "would": true, "will": true, "could": true, "can": true,
	"should": true, "might": true, "is": true, "was": true, "were": true, "are": true, "had": true, "has": true, "have": true, "did": true}

// reportsSpeech reports whether a sentence reports what someone said: a
// verb or noun of saying, or a quotation.
func reportsSpeech(text string, toks []analysis.Token) bool {
	if strings.ContainsAny(text, "“”\"") {
		return true
	}
	for _, t := range toks {
		if t.Is(analysis.Capitalized) && !t.Is(analysis.Initial) {
			// A word of a name: "Secretary of State", "the State
			// Department".
			continue
		}
		if speechVerbs[t.Term] || speechNouns[t.Term] {
			return true
		}
	}
	return false
}

// speechAsked are the verbs of saying whose object a question asks for:
// "What did Blinken discuss…?". Verbs with another common sense are left
// out ("answer" a question, "call" a thing by a name, "add" to a list, "state"
// the noun).
var speechAsked = terms(speechAskedWords...)

var speechAskedBare = set(speechAskedWords...) // as "did" asks with them

var speechAskedWords = []string{"say", "tell", "discuss", "talk", "speak", "write", "announce", "declare", "claim",
	"warn", "promise", "mention", "stress", "emphasize", "explain", "insist", "argue", "suggest", "urge",
	"hint", "admit", "deny", "confirm", "propose", "reiterate", "pledge", "comment", "predict", "assure", "vow", "remark", "agree"}

// speechVerbs report what someone said, in an answer.
var speechVerbs = terms(slices.Concat(speechAskedWords, []string{"state", "answer", "reply", "respond", "report", "add",
	"note", "thank", "praise", "criticize", "hail", "call", "ask", "describe", "accuse", "express", "agree", "acknowledge", "teach"})...)

// speechNouns report what someone said, in an answer: "in a statement".
var speechNouns = terms("statement", "remark", "comment", "word", "speech", "message", "talk", "discussion",
	"conversation", "interview", "letter", "according", "quote", "announcement", "declaration", "agenda", "topic")

// set returns the set of words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// terms returns the set of the words' terms: "says" and "said" meet "say".
func terms(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[analysis.TermOf(w)] = true
	}
	return m
}

// formerNameWords returns the places of the words with which a question
// asks for a former name, when it does: "called before" in "What was
// Astana called before?", "formerly known" in "What was Astana formerly
// known as?", "old name" in "What is Astana's old name?". The answer
// seldom writes them ("earlier known as Nur-Sultan"); they say what kind
// of answer is asked for (see statesFormerName), not what it is about;
// misspelt tells a misspelling of one of them ("befor").
func formerNameWords(toks []analysis.Token, misspelt func(word, of string) bool) []int {
	adverb := func(w string) bool {
		if formerAdverbs[w] {
			return true
		}
		for a := range formerAdverbs {
			if len(a) > 5 && misspelt(w, a) {
				return true
			}
		}
		return false
	}
	for i, t := range toks {
		switch {
		case namingVerbs[t.Surface]:
			if i > 0 && adverb(toks[i-1].Surface) {
				return []int{i - 1, i}
			}
			j := i + 1
			if j < len(toks) && toks[j].Surface == "as" {
				j++
			}
			if j < len(toks) && adverb(toks[j].Surface) {
				return []int{i, j}
			}
		case t.Surface == "name" || t.Surface == "names":
			if i > 0 && formerAdjectives[toks[i-1].Surface] {
				return []int{i - 1, i}
			}
		}
	}
	return nil
}

// namingVerbs give a thing its name; formerAdverbs, after or before one,
// and formerAdjectives, before "name", make the name a former one.
var (
	namingVerbs      = map[string]bool{"called": true, "named": true, "known": true}
	formerAdverbs    = map[string]bool{"before": true, "previously": true, "formerly": true, "originally": true, "earlier": true, "once": true}
	formerAdjectives = map[string]bool{"old": true, "former": true, "previous": true, "original": true, "earlier": true}
)

// statesFormerName reports whether a sentence gives something's former
// name: "earlier known as Nur-Sultan", "formerly called", "renamed", "its
// old name".
func statesFormerName(sentence []analysis.Token) bool {
	for i, t := range sentence {
		if t.Surface == "renamed" {
			return true
		}
		if i+1 == len(sentence) {
			break
		}
		next := sentence[i+1].Surface
		if formerAdverbs[t.Surface] && t.Surface != "before" && namingVerbs[next] || formerAdjectives[t.Surface] && (next == "name" || next == "names") {
			return true
		}
	}
	return false
}

// namedNoun returns the noun of the thing whose name a question asks
// for, when it asks for one: "president" in "What is the name of
// Tajikistan's president?" and "Uzbek president's name?", "palace" in
// "what's the name of the palace where Blinken met Tokayev", "base" in
// "the name of the Russian military base in Tajikistan": the last word of
// the words after "name of", to the first stop word. A former name is
// another question (see formerNameWords).
func namedNoun(toks []analysis.Token) string {
	for i, t := range toks {
		if t.Surface != "name" {
			continue
		}
		if i > 0 && formerAdjectives[toks[i-1].Surface] {
			return ""
		}
		if i+1 < len(toks) && toks[i+1].Surface == "of" {
			noun := ""
			for _, u := range toks[i+2:] {
				if u.Is(analysis.Compound) || u.Surface == "s" || isArticle(u.Surface) && noun == "" {
					continue
				}
				if u.Is(analysis.Stop) {
					break
				}
				noun = u.Surface
			}
			return noun
		}
		if i+1 == len(toks) && i > 0 {
			// "Uzbek president's name?", "Kyrgyz foreign minister name"
			j := i - 1
			if toks[j].Surface == "s" && j > 0 {
				j--
			}
			if u := toks[j]; !u.Is(analysis.Stop) {
				return u.Surface
			}
		}
		return ""
	}
	return ""
}

// asksHow reports whether a question asks how something is done: "How is
// China increasing its influence?", not "How many…" nor "How big…".
func asksHow(toks []analysis.Token) bool {
	if len(toks) < 3 || toks[0].Surface != "how" {
		return false
	}
	switch toks[1].Surface {
	case "did", "does", "do", "is", "are", "was", "were", "will", "would", "can", "could", "has", "have":
	default:
		return false
	}
	for _, t := range toks[2:] {
		if reactionVerbs[t.Term] {
			return false // "How did the Kremlin react?" asks for a manner, not a means
		}
	}
	return true
}

// reactionVerbs ask "how" for a reaction, a view or a result rather than
// the means of doing something: "How did the Kremlin react?", "How did
// they vote?", "How does Kazakhstan's size compare with France's?".
var reactionVerbs = terms("react", "respond", "reply", "describe", "view", "see", "feel", "regard", "perceive", "receive", "greet",
	"welcome", "take", "treat", "compare", "rank", "rate", "judge", "assess", "characterize", "portray", "vote",
	"look", "seem", "affect", "impact", "go", "end", "turn", "work", "happen", "change")

// statesMeans reports whether a sentence states a means: "through its
// investments", "by sending money", "via", "using".
func statesMeans(sentence []analysis.Token) bool {
	for i, t := range sentence {
		switch t.Surface {
		case "through", "via", "using", "thanks":
			return true
		case "by":
			if i+1 < len(sentence) && strings.HasSuffix(sentence[i+1].Surface, "ing") {
				return true
			}
		}
	}
	return false
}
