package answers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/citebot/citebot/corpus"
)

// evalsetQuestion is one question of an evaluation set in testdata/eval;
// testdata/eval/README.md describes the format.
type evalsetQuestion struct {
	Q       string   `json:"q"`
	Kind    string   `json:"kind"`
	Answers []string `json:"answers"`
	Note    string   `json:"note,omitempty"`
}

// evalsetKinds are the kinds of question an evaluation set may hold.
var evalsetKinds = []string{"direct", "typo", "variant", "paraphrase", "multi", "absent"}

// Answer substrings must be short enough to stay inside one sentence and
// long enough to be distinctive.
const (
	evalsetMinAnswer = 15
	evalsetMaxAnswer = 80
)

// loadEvalset reads an evaluation set, rejecting unknown fields.
func loadEvalset(path string) ([]evalsetQuestion, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var qs []evalsetQuestion
	if err := dec.Decode(&qs); err != nil {
		return nil, fmt.Errorf("decode %s: %w", path, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("decode %s: data after the array", path)
	}
	return qs, nil
}

// checkEvalsetQuestion returns what is wrong with one question, checked
// against the article bodies and sentences of c.
func checkEvalsetQuestion(c *corpus.Corpus, q evalsetQuestion) []string {
	var errs []string
	if cleaned, err := CleanQuestion(q.Q); err != nil {
		errs = append(errs, err.Error())
	} else if cleaned != q.Q {
		errs = append(errs, fmt.Sprintf("question is not clean: want %q", cleaned))
	}
	known := false
	for _, k := range evalsetKinds {
		known = known || q.Kind == k
	}
	if !known {
		errs = append(errs, fmt.Sprintf("unknown kind %q", q.Kind))
	}
	if q.Kind == "absent" && len(q.Answers) > 0 {
		errs = append(errs, "an absent question lists answers")
	}
	if q.Kind != "absent" && len(q.Answers) == 0 {
		errs = append(errs, "no answers: use kind \"absent\" for questions the corpus does not answer")
	}
	seen := make(map[string]bool)
	for _, a := range q.Answers {
		if seen[a] {
			errs = append(errs, fmt.Sprintf("answer %q listed twice", a))
		}
		seen[a] = true
		if n := utf8.RuneCountInString(a); n < evalsetMinAnswer || n > evalsetMaxAnswer {
			errs = append(errs, fmt.Sprintf("answer %q has %d characters, want %d–%d", a, n, evalsetMinAnswer, evalsetMaxAnswer))
		}
		inBodies := 0
		for _, art := range c.Articles {
			inBodies += strings.Count(art.Body, a)
		}
		if inBodies != 1 {
			errs = append(errs, fmt.Sprintf("answer %q occurs %d times in the article bodies, want 1", a, inBodies))
			continue
		}
		inSentences := 0
		for i := range c.Sentences {
			if strings.Contains(c.Text(i), a) {
				inSentences++
			}
		}
		if inSentences != 1 {
			errs = append(errs, fmt.Sprintf("answer %q is not inside one sentence: it spans a sentence boundary", a))
		}
	}
	return errs
}

// TestEvalsetFiles checks the evaluation sets themselves, not the engine:
// every answer substring must identify exactly one sentence of the
// embedded corpus, so that "the returned quote contains it" is a fair hit.
func TestEvalsetFiles(t *testing.T) {
	c, err := corpus.Embedded()
	if err != nil {
		t.Fatalf("embedded corpus: %v", err)
	}
	questionFile := make(map[string]string) // normalised question → file
	for _, set := range []struct {
		file string
		min  int
	}{
		{"dev.json", 80},
		{"holdout.json", 40},
		{"holdout2.json", 50},
		{"dev2.json", 60},
		{"holdout3.json", 50},
		{"dev3.json", 50},
		{"dev4.json", 40},
		{"dev5.json", 50},
		{"holdout4.json", 50},
		{"holdout5.json", 45},
		{"holdout6.json", 45},
		{"holdout7.json", 50},
		{"dev6.json", 50},
		{"holdout8.json", 50},
		{"dev7.json", 40},
		{"holdout9.json", 45},
		{"dev8.json", 40},
		{"holdout10.json", 45},
		{"holdout11.json", 40},
		{"dev9.json", 30},
		{"holdout12.json", 45},
		{"holdout13.json", 45},
		{"holdout14.json", 30},
		{"holdout15.json", 35},
		{"holdout16.json", 40},
		{"dev10.json", 35},
		{"holdout17.json", 40},
		{"holdout18.json", 35},
		{"holdout19.json", 35},
		{"holdout20.json", 45},
		{"holdout21.json", 35},
		{"holdout22.json", 35},
		{"dev11.json", 35},
		{"holdout23.json", 30},
		{"holdout24.json", 40},
		{"holdout25.json", 30},
		{"holdout26.json", 35},
		{"holdout27.json", 40},
	} {
		t.Run(set.file, func(t *testing.T) {
			qs, err := loadEvalset(filepath.Join("testdata", "eval", set.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(qs) < set.min {
				t.Errorf("%d questions, want at least %d", len(qs), set.min)
			}
			perKind := make(map[string]int)
			for i, q := range qs {
				perKind[q.Kind]++
				for _, e := range checkEvalsetQuestion(c, q) {
					t.Errorf("question %d %q: %s", i, q.Q, e)
				}
				key := strings.ToLower(q.Q)
				if other, dup := questionFile[key]; dup {
					t.Errorf("question %d %q: also in %s", i, q.Q, other)
				}
				questionFile[key] = set.file
			}
			for _, k := range evalsetKinds {
				if perKind[k] == 0 {
					t.Errorf("no question of kind %q", k)
				}
			}
		})
	}
}

func TestCheckEvalsetQuestion(t *testing.T) {
	c := corpus.New([]corpus.Article{{
		ID:   "a",
		Body: "Blinken visited Astana on Tuesday.\n\nBlinken visited Tashkent the next day.",
	}})
	tests := []struct {
		name string
		q    evalsetQuestion
		errs int
	}{
		{"good", evalsetQuestion{Q: "When was Blinken in Astana?", Kind: "direct", Answers: []string{"visited Astana on Tuesday"}}, 0},
		{"good absent", evalsetQuestion{Q: "Who won the cup?", Kind: "absent"}, 0},
		{"unknown kind", evalsetQuestion{Q: "When?", Kind: "other", Answers: []string{"visited Astana on Tuesday"}}, 1},
		{"absent with answers", evalsetQuestion{Q: "When?", Kind: "absent", Answers: []string{"visited Astana on Tuesday"}}, 1},
		{"no answers", evalsetQuestion{Q: "When?", Kind: "direct"}, 1},
		{"unclean question", evalsetQuestion{Q: "When?  ", Kind: "absent"}, 1},
		{"empty question", evalsetQuestion{Q: " ", Kind: "absent"}, 1},
		{"not in corpus", evalsetQuestion{Q: "When?", Kind: "direct", Answers: []string{"visited Almaty on Friday"}}, 1},
		{"twice in corpus", evalsetQuestion{Q: "Who?", Kind: "direct", Answers: []string{"Blinken visited"}}, 1},
		{"too short", evalsetQuestion{Q: "When?", Kind: "direct", Answers: []string{"on Tuesday"}}, 1},
		{"spans sentences", evalsetQuestion{Q: "When?", Kind: "direct", Answers: []string{"Tuesday.\n\nBlinken"}}, 1},
		{"listed twice", evalsetQuestion{Q: "When?", Kind: "direct", Answers: []string{"Tashkent the next day", "Tashkent the next day"}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if errs := checkEvalsetQuestion(c, tt.q); len(errs) != tt.errs {
				t.Errorf("got %d errors %q, want %d", len(errs), errs, tt.errs)
			}
		})
	}
}
