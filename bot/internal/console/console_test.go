package console

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/answers/answerstest"
	"github.com/citebot/citebot/bot/internal/render"
)

// index returns the index of the embedded corpus, built once.
func index(t *testing.T) *answers.Index { return answerstest.Embedded(t) }

// answered returns a question, in the corpus's own words, that the index
// answers.
func answered(t *testing.T, ix *answers.Index) string {
	t.Helper()
	c := ix.Corpus()
	for i := range c.Sentences {
		if words := strings.Fields(c.Text(i)); len(words) >= 8 {
			q := strings.Join(words[:8], " ")
			if as, err := ix.Search(q, answers.Options{}); err == nil && len(as) > 0 {
				return q
			}
		}
	}
	t.Fatal("the index answers no question")
	return ""
}

func run(t *testing.T, c *Console, input string) string {
	t.Helper()
	var out bytes.Buffer
	c.In, c.Out = strings.NewReader(input), &out
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestJSON(t *testing.T) {
	ix := index(t)
	q := answered(t, ix)
	cleanErr := func(s string) string {
		_, err := answers.CleanQuestion(s)
		if err == nil {
			return ""
		}
		return err.Error()
	}
	tooLong := strings.Repeat("x", 100<<10) // longer than any buffer: must not stop the console
	lines := []string{q, "", "\x01\x02\x03", strings.Repeat("word ", 800), tooLong, q + "\r"}
	out := run(t, &Console{Index: ix, JSON: true, K: 2}, strings.Join(lines, "\n"))

	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(got) != len(lines) {
		t.Fatalf("%d lines of output for %d questions:\n%.2000s", len(got), len(lines), out)
	}
	for n, line := range got {
		var res map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &res); err != nil {
			t.Fatalf("line %d: %v: %.200s", n, err, line)
		}
		if string(res["answers"]) == "null" || res["answers"] == nil || res["question"] == nil {
			t.Errorf("line %d: %.200s: want question and answers []", n, line)
		}
		var r Result
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		in := strings.TrimSuffix(lines[n], "\r")
		if len(in) < maxLine && r.Question != in {
			t.Errorf("line %d: question %.40q, want %.40q", n, r.Question, in)
		}
		wantErr := cleanErr(in)
		if in == tooLong {
			wantErr = answers.ErrQuestionTooLong.Error()
		}
		if r.Error != wantErr {
			t.Errorf("line %d: error %q, want %q", n, r.Error, wantErr)
		}
		if _, present := res["error"]; present != (wantErr != "") {
			t.Errorf("line %d: error field present %v", n, present)
		}
		if wantErr != "" {
			if len(r.Answers) != 0 {
				t.Errorf("line %d: answers to a bad question", n)
			}
			continue
		}
		want, _ := ix.Search(in, answers.Options{K: 2})
		if len(r.Answers) != len(want) {
			t.Fatalf("line %d: %d answers, want %d", n, len(r.Answers), len(want))
		}
		for k, a := range want {
			if r.Answers[k].Quote != a.Quote || r.Answers[k].Article != a.Article {
				t.Errorf("line %d answer %d: %+v, want %+v", n, k, r.Answers[k], a)
			}
		}
	}
	// The contract's shape, field by field.
	var shape struct {
		Answers []map[string]json.RawMessage `json:"answers"`
	}
	if err := json.Unmarshal([]byte(got[0]), &shape); err != nil || len(shape.Answers) == 0 {
		t.Fatalf("first line %.200s: %v", got[0], err)
	}
	for _, key := range []string{"quote", "score", "article", "context", "also_in"} {
		v, ok := shape.Answers[0][key]
		if !ok {
			t.Errorf("answer lacks %q: %v", key, shape.Answers[0])
		}
		if key == "also_in" && string(v) == "null" {
			t.Errorf("also_in is null, want []")
		}
	}
	var art map[string]any
	if err := json.Unmarshal(shape.Answers[0]["article"], &art); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"id", "title", "outlet", "url", "published"} {
		if _, ok := art[key]; !ok {
			t.Errorf("article lacks %q", key)
		}
	}
}

// alsoReported returns a question whose first answer other articles also
// report: a sentence of the corpus, asked word for word.
func alsoReported(t *testing.T, ix *answers.Index) (string, []answers.Answer) {
	t.Helper()
	c := ix.Corpus()
	for i := range c.Sentences {
		q := c.Text(i)
		if as, err := ix.Search(q, answers.Options{}); err == nil && len(as) > 0 && len(as[0].AlsoIn) > 0 {
			return q, as
		}
	}
	t.Fatal("no sentence of the corpus, asked as a question, gets an answer with also_in: the engine no longer finds other reports")
	return "", nil
}

func TestText(t *testing.T) {
	ix := index(t)
	q, want := alsoReported(t, ix)
	for _, tc := range []struct {
		name   string
		prompt bool
		width  int
	}{{"piped", false, 0}, {"terminal", true, 0}, {"narrow terminal", true, 60}} {
		t.Run(tc.name, func(t *testing.T) {
			out := run(t, &Console{Index: ix, Prompt: tc.prompt, Width: tc.width}, q+"\nzzzzqx wwwwqy\n \n")
			var b strings.Builder
			if err := render.Text(&b, render.Cards(ix.Corpus(), want), false, tc.width); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out, b.String()) {
				t.Errorf("output lacks the answers:\n%s\nwant:\n%s", out, b.String())
			}
			first, _, _ := strings.Cut(out, "\n\n2. ")
			first += "\n"
			if !strings.Contains(first, "Also reported by:") {
				t.Errorf("first answer does not say who else reported it:\n%s", first)
			}
			for _, m := range want[0].AlsoIn {
				if !strings.Contains(first, m.Article.Outlet) || !strings.Contains(first, "\n     "+m.Article.URL+"\n") {
					t.Errorf("first answer lacks the other report by %s (%s) on a line of its own:\n%s", m.Article.Outlet, m.Article.URL, first)
				}
			}
			if tc.width > 0 {
				for _, line := range strings.Split(out, "\n") {
					if n := len([]rune(line)); n > tc.width && strings.Contains(strings.TrimSpace(line), " ") && !strings.HasPrefix(line, Prompt) {
						t.Errorf("line of %d characters, wider than %d: %q", n, tc.width, line)
					}
				}
			}
			if none, _ := ix.Search("zzzzqx wwwwqy", answers.Options{}); len(none) == 0 && !strings.Contains(out, render.NoAnswer) {
				t.Errorf("output lacks %q:\n%s", render.NoAnswer, out)
			}
			if strings.Contains(out, answers.ErrEmptyQuestion.Error()) {
				t.Errorf("a blank line got an error, want nothing:\n%s", out)
			}
			wantPrompts := 2 // piped: each question repeated after the prompt
			if tc.prompt {
				wantPrompts = 4 // before each line and at the end
			}
			if got := strings.Count(out, Prompt); got != wantPrompts {
				t.Errorf("%d prompts, want %d:\n%s", got, wantPrompts, out)
			}
			if !tc.prompt && !strings.HasPrefix(out, Prompt+q+"\n1. ") {
				t.Errorf("piped output does not start with the question:\n%.300s", out)
			}
		})
	}
}

func TestTooLongText(t *testing.T) {
	out := run(t, &Console{Index: index(t)}, strings.Repeat("a", answers.MaxQuestionLen+1)+"\n")
	if want := render.Problem(answers.ErrQuestionTooLong); !strings.Contains(out, "\n"+want+"\n") {
		t.Errorf("output %q lacks %q", out, want)
	}
}

func TestReadLine(t *testing.T) {
	long := strings.Repeat("é", maxLine)
	in := "one\r\ntwo\n" + long + "\nthree"
	r := bufioReader(in)
	for _, want := range []struct {
		line    string
		tooLong bool
		eof     bool
	}{{"one", false, false}, {"two", false, false}, {"", true, false}, {"three", false, true}} {
		line, tooLong, err := readLine(r)
		if (want.line != "" && line != want.line) || tooLong != want.tooLong || (err != nil) != want.eof {
			t.Errorf("readLine = %.20q, %v, %v; want %q, %v, eof %v", line, tooLong, err, want.line, want.tooLong, want.eof)
		}
	}
}

func bufioReader(s string) *bufio.Reader { return bufio.NewReader(strings.NewReader(s)) }

func TestStopsWhileWaitingForInput(t *testing.T) {
	in, w := io.Pipe() // a terminal where nobody types
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	con := &Console{Index: index(t), In: in, Out: &bytes.Buffer{}}
	go func() { done <- con.Run(ctx) }()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop when its context was cancelled")
	}
}

// TestNoAnswerNamesUnmentioned checks that a question about a name no
// article mentions is told so in text, and that JSON keeps the contract's
// fields only.
func TestNoAnswerNamesUnmentioned(t *testing.T) {
	ix := answerstest.Embedded(t)
	const q = "What did Xi Jinping say about Blinken's visit?"
	out := run(t, &Console{Index: ix}, q+"\n")
	if want := render.NoAnswer + " None of its articles mentions “Xi Jinping”."; !strings.Contains(out, want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
	out = run(t, &Console{Index: ix, JSON: true}, q+"\n")
	if want := `{"question":"` + q + `","answers":[]}`; strings.TrimSpace(out) != want {
		t.Errorf("JSON %s, want %s", out, want)
	}
}
