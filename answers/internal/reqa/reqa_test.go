package reqa

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/citebot/citebot/corpus"
)

// squadSHA256 is the digest of the official dev-v1.1.json.
const squadSHA256 = "95aa6a52d5d6a735563366753ca50492a658031da74f301ac5238b03966972c9"

// Reference BM25 figure on the dev set, as the benchmark's README gives it
// and how far a different sentence splitter may move it.
const (
	baselineR1        = 0.644
	baselineTolerance = 0.02
)

// The engine's targets on the whole dev set (the retrieval-quality issue):
// R@1 0.70 and MRR@10 0.77, above plain BM25's 0.644 and 0.714. It
// measures 0.725 and 0.792, and the floors below sit just under. Abstention
// must stay rare on these answerable questions: it measured 232 of 10,533
// (2.2%; 316 before a candidate meeting the question's names could go
// first, Params.NameFirst), nearly all from the rules that a question's
// names must be met (Params.NeedName, Params.NeedOwner), the attribute it
// asks for named (Params.NeedFocus) and what "how many" counts counted
// (Params.NeedCount, Params.NeedAge).
const (
	engineR1Floor    = 0.72
	engineMRRFloor   = 0.79
	engineAbstainMax = 260
)

func readTiny(t *testing.T) *Dataset {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "tiny.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func buildTiny(t *testing.T) *Bench {
	t.Helper()
	b, err := Build(readTiny(t))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBuildPlacesEveryAnswer(t *testing.T) {
	ds := readTiny(t)
	b, err := Build(ds)
	if err != nil {
		t.Fatal(err)
	}
	if b.Unplaced != 0 || b.Mismatched != 0 {
		t.Fatalf("unplaced %d, mismatched %d; want 0, 0", b.Unplaced, b.Mismatched)
	}
	if b.Answers != 10 {
		t.Errorf("answers = %d, want 10", b.Answers)
	}
	byText := make(map[string]Question)
	for _, q := range b.Questions {
		byText[q.Text] = q
	}
	for _, wa := range ds.Data {
		for _, p := range wa.Paragraphs {
			for _, qa := range p.QAs {
				q := byText[qa.Question]
				for _, ga := range qa.Answers {
					if !someContains(b.Corpus, q.Gold, ga.Text) {
						t.Errorf("%q: answer %q in none of its gold sentences %q", qa.Question, ga.Text, texts(b.Corpus, q.Gold))
					}
				}
			}
		}
	}
}

func someContains(c *corpus.Corpus, sentences []int, s string) bool {
	for _, i := range sentences {
		if strings.Contains(c.Text(i), s) {
			return true
		}
	}
	return false
}

func texts(c *corpus.Corpus, sentences []int) []string {
	var out []string
	for _, i := range sentences {
		out = append(out, c.Text(i))
	}
	return out
}

func TestBuildDeduplicatesQuestions(t *testing.T) {
	b := buildTiny(t)
	if b.Asked != 8 || len(b.Questions) != 7 {
		t.Fatalf("asked %d, unique %d; want 8, 7", b.Asked, len(b.Questions))
	}
	for _, q := range b.Questions {
		if q.Text != "Who founded Le Procope?" {
			continue
		}
		if q.Article != 0 || len(q.Gold) != 2 {
			t.Fatalf("merged question: article %d, gold %q; want article 0 and two gold sentences", q.Article, texts(b.Corpus, q.Gold))
		}
		if !someContains(b.Corpus, q.Gold, "Francesco") || !someContains(b.Corpus, q.Gold, "Café crème") {
			t.Errorf("merged question: gold %q, want the sentences of both paragraphs", texts(b.Corpus, q.Gold))
		}
		return
	}
	t.Fatal("question \"Who founded Le Procope?\" missing")
}

func TestBodyOffset(t *testing.T) {
	tests := []struct {
		context   string
		start     int // code points
		paraStart int
		want      int
		ok        bool
	}{
		{"plain ascii", 6, 10, 16, true},
		{"Zürich café", 7, 0, 8, true},                         // ü is 2 bytes
		{"a 😀 b", 4, 100, 107, true},                           // 😀 is 4 bytes, one code point
		{"  lead and €4", 11, 20, 20 + len("lead and "), true}, // leading white space trimmed
		{"  lead", 0, 5, 5, true},                              // a start in trimmed space clamps to the paragraph
		{"O\n2 gas", 2, 0, 2, true},                            // inner newline kept as one byte
		{"short", 9, 0, 0, false},
		{"lost", 1, -1, 0, false},
	}
	for _, tt := range tests {
		got, ok := bodyOffset(tt.context, tt.start, tt.paraStart)
		if got != tt.want || ok != tt.ok {
			t.Errorf("bodyOffset(%q, %d, %d) = %d, %v; want %d, %v", tt.context, tt.start, tt.paraStart, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSentenceAt(t *testing.T) {
	body := "Zero. One.  Two."
	c := &corpus.Corpus{
		Articles: []corpus.Article{{ID: "x"}, {ID: "y", Body: body, First: 1, Count: 3}},
		Sentences: []corpus.Sentence{
			{Article: 0, Start: 0, End: 3},
			{Article: 1, Start: 0, End: 5},
			{Article: 1, Start: 6, End: 10},
			{Article: 1, Start: 12, End: 16},
		},
	}
	tests := []struct {
		off  int
		want int
		ok   bool
	}{
		{0, 1, true},
		{4, 1, true},
		{5, 2, true},  // the space after "Zero." belongs to the next sentence
		{10, 3, true}, // so do both spaces after "One."
		{11, 3, true},
		{15, 3, true},
		{16, 0, false},
	}
	for _, tt := range tests {
		got, ok := sentenceAt(c, 1, tt.off)
		if got != tt.want || ok != tt.ok {
			t.Errorf("sentenceAt(%d) = %d, %v; want %d, %v", tt.off, got, ok, tt.want, tt.ok)
		}
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		ranks []int
		want  Metrics
	}{
		{nil, Metrics{}},
		{[]int{1}, Metrics{1, 1, 1}},
		{[]int{0}, Metrics{0, 0, 0}},
		{[]int{1, 2, 0, 5}, Metrics{0.25, 0.75, (1 + 0.5 + 0.2) / 4}},
		{[]int{6, 10, 11}, Metrics{0, 0, (1.0/6 + 0.1) / 3}},
	}
	for _, tt := range tests {
		got := Score(tt.ranks)
		if math.Abs(got.R1-tt.want.R1) > 1e-12 || math.Abs(got.R5-tt.want.R5) > 1e-12 || math.Abs(got.MRR10-tt.want.MRR10) > 1e-12 {
			t.Errorf("Score(%v) = %+v, want %+v", tt.ranks, got, tt.want)
		}
	}
}

func ExampleScore() {
	m := Score([]int{1, 3, 0, 2})
	fmt.Printf("R@1 %.2f  R@5 %.2f  MRR@10 %.3f\n", m.R1, m.R5, m.MRR10)
	// Output: R@1 0.25  R@5 0.75  MRR@10 0.458
}

// fixed answers each question with the gold sentences of another, chosen
// by the test, or abstains.
type fixed map[string][]int

func (f fixed) Search(q string, k int) ([]int, error) {
	if q == "" {
		return nil, errors.New("empty")
	}
	r := f[q]
	return r[:min(k, len(r))], nil
}

func TestEvaluate(t *testing.T) {
	b := &Bench{
		Corpus: &corpus.Corpus{},
		Questions: []Question{
			{Text: "a", Article: 0, Gold: []int{4}},
			{Text: "b", Article: 1, Gold: []int{7, 9}},
			{Text: "c", Article: 2, Gold: []int{1}},
			{Text: "d", Article: 3, Gold: []int{2}},
		},
	}
	s := fixed{"a": {4, 5}, "b": {1, 2, 9, 7}, "d": {3}}
	tests := []struct {
		half        Half
		k           int
		ranks       []int
		abstentions int
	}{
		{All, 10, []int{1, 3, 0, 0}, 1},
		{All, 2, []int{1, 0, 0, 0}, 1},
		{Even, 10, []int{1, 0}, 1},
		{Odd, 10, []int{3, 0}, 0},
	}
	for _, tt := range tests {
		r, err := b.Evaluate("fixed", s, Options{K: tt.k, Half: tt.half, Workers: 3})
		if err != nil {
			t.Fatal(err)
		}
		var ranks []int
		for _, o := range r.Outcomes {
			ranks = append(ranks, o.Rank)
		}
		if !reflect.DeepEqual(ranks, tt.ranks) || r.Abstentions != tt.abstentions {
			t.Errorf("%s k=%d: ranks %v, abstentions %d; want %v, %d", tt.half, tt.k, ranks, r.Abstentions, tt.ranks, tt.abstentions)
		}
		if want := Score(tt.ranks); r.Metrics != want {
			t.Errorf("%s k=%d: metrics %+v, want %+v", tt.half, tt.k, r.Metrics, want)
		}
	}

	b.Questions = append(b.Questions, Question{Text: ""})
	if _, err := b.Evaluate("fixed", s, Options{}); err == nil {
		t.Error("a failing search: no error")
	}
}

func TestWriteMisses(t *testing.T) {
	b := buildTiny(t)
	r, err := b.Run(Baseline(), Options{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.WriteMisses(&buf, b); err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, o := range r.Outcomes {
		if o.Rank != 1 {
			want++
		}
	}
	sc := bufio.NewScanner(&buf)
	n := 0
	for sc.Scan() {
		var m Miss
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		if m.Rank == 1 || len(m.Gold) == 0 || len(m.Returned) > 3 {
			t.Errorf("line %d: %+v", n+1, m)
		}
		n++
	}
	if n != want {
		t.Errorf("%d misses written, want %d", n, want)
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{}},
		{"Who founded Le Procope?", []string{"who", "founded", "le", "procope"}},
		{"Zürich's 2024 mayor—Corine", []string{"zürich", "s", "2024", "mayor", "corine"}},
		{"ÉCLAIR €4 O2", []string{"éclair", "4", "o2"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBM25(t *testing.T) {
	b := buildTiny(t)
	bm := NewBM25(b.Corpus)
	tests := []struct {
		question string
		want     string // in the first quote
	}{
		{"Who was the mayor of Zürich in 2024?", "Corine Mauch"},
		{"When was the Grossmünster built?", "1100"},
		{"How many guests does the terrace seat?", "30 guests"},
	}
	for _, tt := range tests {
		got, err := bm.Search(tt.question, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || !strings.Contains(b.Corpus.Text(got[0]), tt.want) {
			t.Errorf("%q: first quotes %q, want one with %q", tt.question, texts(b.Corpus, got), tt.want)
		}
	}
	if got, _ := bm.Search("xylophone quartz", 5); len(got) != 0 {
		t.Errorf("unknown words: %q, want no quote", texts(b.Corpus, got))
	}
}

func TestParseHalf(t *testing.T) {
	for _, h := range []Half{All, Even, Odd} {
		got, err := ParseHalf(h.String())
		if err != nil || got != h {
			t.Errorf("ParseHalf(%q) = %v, %v", h.String(), got, err)
		}
	}
	if _, err := ParseHalf("both"); err == nil {
		t.Error(`ParseHalf("both"): no error`)
	}
}

func TestYAMLString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Super Bowl 50", "Super Bowl 50"},
		{"Fresno, California", "Fresno, California"},
		{"Sky (United Kingdom)", "Sky (United Kingdom)"},
		{"https://en.wikipedia.org/wiki/Sky_(United_Kingdom)", "https://en.wikipedia.org/wiki/Sky_(United_Kingdom)"},
		{"Star Wars: A New Hope", `"Star Wars: A New Hope"`},
		{"#hashtag", `"#hashtag"`},
		{`Say "hi"`, `"Say \"hi\""`},
		{"", `""`},
	}
	for _, tt := range tests {
		if got := yamlString(tt.in); got != tt.want {
			t.Errorf("yamlString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// squadPath finds the SQuAD dev zip: $SQUAD_PATH, or
// shared/benchmarks/squad-v1.1-dev.json.zip beside the module root or
// beside one of its ancestors (for git worktrees).
func squadPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("SQUAD_PATH"); p != "" {
		return p
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the package directory")
		}
		dir = parent
	}
	for dir = filepath.Dir(dir); ; dir = filepath.Dir(dir) {
		p := filepath.Join(dir, "shared", "benchmarks", "squad-v1.1-dev.json.zip")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	t.Skip("SQuAD dev set not found: put it at ../shared/benchmarks/squad-v1.1-dev.json.zip beside the repository or set SQUAD_PATH")
	return ""
}

func TestSQuADDev(t *testing.T) {
	if testing.Short() {
		t.Skip("full SQuAD run skipped in -short mode")
	}
	ds, err := ReadZip(squadPath(t))
	if err != nil {
		t.Fatal(err)
	}
	if ds.SHA256 != squadSHA256 {
		t.Fatalf("sha256 %s, want %s: not the official dev-v1.1.json", ds.SHA256, squadSHA256)
	}
	b, err := Build(ds)
	if err != nil {
		t.Fatal(err)
	}
	if b.Asked != 10570 || b.Unplaced != 0 || b.Mismatched != 0 {
		t.Fatalf("%d questions, %d unplaced and %d mismatched answers; want 10570, 0, 0", b.Asked, b.Unplaced, b.Mismatched)
	}

	t.Run("baseline", func(t *testing.T) {
		paragraphs := 0
		for _, wa := range ds.Data {
			paragraphs += len(wa.Paragraphs)
		}
		if len(b.Corpus.Sentences) < 2*paragraphs {
			t.Skipf("%d sentences for %d paragraphs: corpus.Split does not split sentences yet, and the reference figure needs it", len(b.Corpus.Sentences), paragraphs)
		}
		r, err := b.Run(Baseline(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("bm25: R@1 %.3f R@5 %.3f MRR@10 %.3f over %d questions", r.R1, r.R5, r.MRR10, len(r.Outcomes))
		if math.Abs(r.R1-baselineR1) > baselineTolerance {
			t.Errorf("bm25 R@1 = %.3f, want %.3f ± %.2f", r.R1, baselineR1, baselineTolerance)
		}
	})

	t.Run("engine", func(t *testing.T) {
		r, err := b.Run(Engine(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("citebot: R@1 %.3f R@5 %.3f MRR@10 %.3f over %d questions, %d abstentions", r.R1, r.R5, r.MRR10, len(r.Outcomes), r.Abstentions)
		if r.R1 < engineR1Floor || r.MRR10 < engineMRRFloor {
			t.Errorf("citebot R@1 %.3f, MRR@10 %.3f: want at least %.2f and %.2f", r.R1, r.MRR10, engineR1Floor, engineMRRFloor)
		}
		if r.Abstentions > engineAbstainMax {
			t.Errorf("citebot abstained on %d answerable questions, want at most %d", r.Abstentions, engineAbstainMax)
		}
	})
}

// TestAblateAndTune runs the weight fitting and the ablation on the tiny
// data set: every feature row comes back, the fitted weights score no worse
// than the defaults they started from.
func TestAblateAndTune(t *testing.T) {
	b, err := Build(readTiny(t))
	if err != nil {
		t.Fatal(err)
	}
	as, err := b.Ablate(All)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 10 || as[0].Feature != "all features" {
		t.Fatalf("ablation rows %+v", as)
	}
	var log strings.Builder
	_, m, err := b.Tune(All, 1, &log)
	if err != nil {
		t.Fatal(err)
	}
	if m.MRR10 < as[0].MRR10-1e-9 {
		t.Errorf("tuned MRR@10 %.3f below the defaults' %.3f; log:\n%s", m.MRR10, as[0].MRR10, log.String())
	}
}
