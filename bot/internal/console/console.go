// Package console answers questions read one per line, for a person at a
// terminal (a prompt and readable answers) or for a program (one JSON
// object per line).
package console

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/bot/internal/render"
)

// Prompt is shown before each question on a terminal.
const Prompt = "ask> "

// maxEcho is the most of a piped question repeated before its answers,
// in runes.
const maxEcho = 200

// maxLine is the most of one input line kept in memory; a longer line is
// read to its end and rejected as too long.
const maxLine = 64 << 10

// Console reads questions from In and writes answers to Out.
type Console struct {
	Index   *answers.Index
	In      io.Reader
	Out     io.Writer
	K       int          // answers per question; 0 means 3
	JSON    bool         // write one JSON object per line
	Explain bool         // show why each answer ranked where it did
	Prompt  bool         // show Prompt before each question
	Width   int          // wrap text answers at this many columns; 0 does not wrap
	Logger  *slog.Logger // one line per question; nil means no log
}

// Result is the JSON object written for one input line.
type Result struct {
	Question string           `json:"question"`
	Answers  []answers.Answer `json:"answers"`
	Error    string           `json:"error,omitempty"`
}

// Run answers every line of In until its end or until ctx is done. A bad
// question gets a message and the console goes on; only failing to read or
// write stops it.
func (c *Console) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	lines := c.read(ctx)
	for {
		if c.Prompt && !c.JSON {
			if _, err := io.WriteString(c.Out, Prompt); err != nil {
				return fmt.Errorf("write prompt: %w", err)
			}
		}
		var in input
		select {
		case <-ctx.Done():
			return nil
		case in = <-lines:
		}
		if errors.Is(in.err, io.EOF) && in.line == "" && !in.tooLong {
			if c.Prompt && !c.JSON {
				_, err := io.WriteString(c.Out, "\n")
				return err
			}
			return nil
		}
		if in.err != nil && !errors.Is(in.err, io.EOF) {
			return fmt.Errorf("read question: %w", in.err)
		}
		if err := c.answer(in.line, in.tooLong); err != nil {
			return fmt.Errorf("write answer: %w", err)
		}
		if in.err != nil {
			return nil
		}
	}
}

// input is one line read, or the error that ended the input.
type input struct {
	line    string
	tooLong bool
	err     error
}

// read reads In line by line in its own goroutine, so that Run can stop
// when ctx is done even while a terminal waits for a line.
func (c *Console) read(ctx context.Context) <-chan input {
	out := make(chan input)
	go func() {
		r := bufio.NewReader(c.In)
		for {
			line, tooLong, err := readLine(r)
			select {
			case out <- input{line, tooLong, err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return out
}

// answer writes the answers to one line; tooLong says the line was cut.
// In text, a blank line gets no answer, as at a shell prompt, and piped
// questions are repeated before their answers, so that each answer can be
// told apart.
func (c *Console) answer(line string, tooLong bool) error {
	if !c.JSON && !tooLong && strings.TrimSpace(line) == "" {
		return nil
	}
	if !c.JSON && !c.Prompt {
		if _, err := fmt.Fprintf(c.Out, "%s%s\n", Prompt, render.Clip(line, maxEcho)); err != nil {
			return err
		}
	}
	start := time.Now()
	res := Result{Question: line, Answers: []answers.Answer{}}
	var err error
	if tooLong {
		err = answers.ErrQuestionTooLong
	} else {
		var as []answers.Answer
		as, err = c.Index.Search(line, answers.Options{K: c.K, Explain: c.Explain})
		if as != nil {
			res.Answers = as
		}
	}
	for i := range res.Answers {
		if res.Answers[i].AlsoIn == nil {
			res.Answers[i].AlsoIn = []answers.Mention{}
		}
	}
	if err != nil {
		res.Error = err.Error()
	} else if c.Logger != nil {
		c.Logger.Info("question", "surface", "console", "latency_ms", time.Since(start).Milliseconds(),
			"outcome", outcome(len(res.Answers)), "answers", len(res.Answers))
	}
	if c.JSON {
		enc := json.NewEncoder(c.Out)
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	}
	if err != nil {
		_, werr := fmt.Fprintf(c.Out, "%s\n\n", render.Problem(err))
		return werr
	}
	if len(res.Answers) == 0 {
		unmentioned, _ := c.Index.Unmentioned(line)
		_, err := fmt.Fprintf(c.Out, "%s\n\n", render.NoAnswerFor(unmentioned))
		return err
	}
	if err := render.Text(c.Out, render.Cards(c.Index.Corpus(), res.Answers), c.Explain, c.Width); err != nil {
		return err
	}
	_, err = io.WriteString(c.Out, "\n")
	return err
}

func outcome(n int) string {
	if n == 0 {
		return "abstained"
	}
	return "answered"
}

// readLine reads one line without its end-of-line bytes. A line longer than
// maxLine is read to its end but only its start is kept, and tooLong is
// set, so one huge line neither stops the console nor fills the memory.
func readLine(r *bufio.Reader) (line string, tooLong bool, err error) {
	var b strings.Builder
	for {
		chunk, err := r.ReadSlice('\n')
		if b.Len()+len(chunk) > maxLine {
			tooLong = true
		} else {
			b.Write(chunk)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return strings.TrimRight(b.String(), "\r\n"), tooLong, err
	}
}
