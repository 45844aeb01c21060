package analysis

import (
	_ "embed"
	"strings"
)

// irregularText lists irregular inflections whose Snowball stem differs from
// their base form's ("met meet", "fled flee", "told tell"), one a line. It is
// derived from WordNet's exception lists by TestIrregularTable, which
// rewrites it under -update.
//
//go:embed irregular.txt
var irregularText string

// irregular maps an irregular inflection to its base form.
var irregular = func() map[string]string {
	m := make(map[string]string, strings.Count(irregularText, "\n"))
	for line := range strings.Lines(irregularText) {
		if infl, base, ok := strings.Cut(strings.TrimSpace(line), " "); ok {
			m[infl] = base
		}
	}
	return m
}()

// Base returns the base form of an irregular inflection ("met" → "meet"),
// or w itself.
func Base(w string) string {
	if b, ok := irregular[w]; ok {
		return b
	}
	return w
}
