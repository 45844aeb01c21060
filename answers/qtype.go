package answers

import (
	"slices"
	"strconv"

	"github.com/citebot/citebot/answers/analysis"
)

// answerType is the kind of thing a question asks for.
type answerType uint8

const (
	anyType    answerType = iota
	amountType            // how much, how many, what percentage
	dateType              // when, what year
	nameType              // who, where, which country: a proper noun
)

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
				return amountType
			}
		case "when":
			return dateType
		case "who", "whom", "whose", "where":
			return nameType
		case "what", "which":
			switch next {
			case "year", "date", "day", "month":
				return dateType
			case "percentage", "percent", "share", "amount", "number", "sum":
				return amountType
			case "country", "countries", "nation", "nations", "city", "cities", "place", "region",
				"person", "people", "leader", "leaders", "minister", "president", "official", "company", "organization":
				return nameType
			}
		}
	}
	return anyType
}

// attribute returns the words of the attribute a question asks for when it
// has the shape "What/Which/Who is the <attribute> of/in/for… <thing>":
// "population" in "What is the population of Kazakhstan?", "real aim" in
// "What was the real aim of the trip?". Such a question is answered by a
// sentence that names the attribute, not by one that only names the thing.
func attribute(toks []analysis.Token) []string {
	if len(toks) < 4 {
		return nil
	}
	switch toks[0].Surface {
	case "what", "which", "who":
	default:
		return nil
	}
	switch toks[1].Surface {
	case "is", "was", "are", "were":
	default:
		return nil
	}
	if toks[2].Surface != "the" {
		return nil
	}
	var words []string
	for _, t := range toks[3:] {
		switch t.Surface {
		case "of", "in", "for", "between", "with", "during", "on", "at":
			return words
		}
		if !t.Is(analysis.Stop) && !answerNouns[t.Surface] {
			words = append(words, t.Surface)
		}
	}
	return nil // no preposition: "What is the plan?" names no thing to ask about
}

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

// hasType reports whether sentence sid holds a thing of the wanted kind
// that the question does not already name.
func (ix *Index) hasType(want answerType, sid uint32, qterms []termID) bool {
	var need termKind
	switch want {
	case amountType:
		need = kindNumber
	case dateType:
		need = kindDate
	case nameType:
		need = kindName
	default:
		return false
	}
	for _, t := range ix.termsOf(sid) {
		k := ix.termKind[t]
		if want == amountType && k&kindDate != 0 {
			continue // a year is a date, not an amount
		}
		if k&need != 0 && !slices.Contains(qterms, t) {
			return true
		}
	}
	return false
}
