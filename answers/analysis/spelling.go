package analysis

import "strings"

// American rewrites the regular British spellings of a folded word to the
// American ones, so that "organisation" and "organization", "colours" and
// "colors", "programmes" and "programs", "centre" and "center" stem alike.
// It follows patterns, not a word list, and errs on the side of leaving a
// word alone: sentences and questions are rewritten the same way, so a
// rewrite that makes a word no one writes ("promize") is harmless; the
// patterns join two different English words only in rare cases ("timbre",
// "timber").
func American(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "isation"), strings.HasSuffix(w, "isations"):
		i := strings.LastIndex(w, "isation")
		return w[:i] + "ization" + w[i+len("isation"):]
	case strings.HasSuffix(w, "programme"), strings.HasSuffix(w, "programmes"):
		return strings.Replace(w, "programme", "program", 1)
	}
	for _, suf := range []string{"ise", "ised", "ises", "ising", "iser", "isers"} {
		// organise, realised; the part before must be a word of four
		// letters or more, which spares "rise", "wise", "arise".
		if strings.HasSuffix(w, suf) && n-len(suf) >= 4 {
			return w[:n-len(suf)] + "iz" + suf[2:]
		}
	}
	for _, suf := range []string{"lyse", "lysed", "lyses", "lysing"} {
		if strings.HasSuffix(w, suf) && n-len(suf) >= 3 {
			return w[:n-len(suf)] + "lyz" + suf[3:]
		}
	}
	for _, suf := range []string{"our", "ours", "oured", "ouring", "ourable", "ourite", "ourites"} {
		// colour, favourite; three letters or more before "our" spare
		// "hour", "four", "your", "tour", "flour", "scour".
		if strings.HasSuffix(w, suf) && n-len(suf) >= 3 {
			return w[:n-len(suf)] + "or" + suf[3:]
		}
	}
	for _, suf := range []string{"tre", "tres", "bre", "bres"} {
		// metre, centre, theatres, fibre; "acre", "genre" and "ogre" end
		// otherwise.
		if strings.HasSuffix(w, suf) && n-len(suf) >= 2 {
			return w[:n-len(suf)] + string(suf[0]) + "er" + suf[3:]
		}
	}
	return w
}
