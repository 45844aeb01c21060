package analysis

import "sort"

// stopWords are the Snowball English stop words plus a few question
// fillers ("would", "also", "please") and determiners ("another",
// "every") that carry no topic.
var stopWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range []string{
		// Snowball's English list.
		"a", "about", "above", "after", "again", "against", "all", "am", "an",
		"and", "any", "are", "as", "at", "be", "because", "been", "before",
		"being", "below", "between", "both", "but", "by", "can", "did", "do",
		"does", "doing", "don", "down", "during", "each", "few", "for", "from",
		"further", "had", "has", "have", "having", "he", "her", "here", "hers",
		"herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
		"it", "its", "itself", "just", "me", "more", "most", "my", "myself",
		"no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
		"other", "our", "ours", "ourselves", "out", "over", "own", "s", "same",
		"she", "should", "so", "some", "such", "t", "than", "that", "the", "their",
		"theirs", "them", "themselves", "then", "there", "these", "they",
		"this", "those", "through", "to", "too", "under", "until", "up",
		"very", "was", "we", "were", "what", "when", "where", "which", "while",
		"who", "whom", "why", "will", "with", "you", "your", "yours", "yourself",
		"yourselves",
		// Fillers.
		"would", "could", "us", "may", "might", "must", "shall", "also", "yet",
		"upon", "within", "without", "among", "via", "per", "whose", "ll", "ve",
		"re", "d", "m", "please", "anyone", "something", "anything", "much", "many",
		"another", "every", "either", "neither", "whether",
	} {
		m[w] = true
	}
	return m
}()

// IsStopWord reports whether a folded word is a stop word.
func IsStopWord(w string) bool { return stopWords[w] }

// StopWords returns the stop words, sorted.
func StopWords() []string {
	out := make([]string, 0, len(stopWords))
	for w := range stopWords {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
