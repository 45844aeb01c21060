package corpus

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"unicode"
	"unicode/utf8"
)

// splitCase is one case of testdata/split.txt.
type splitCase struct {
	name  string
	input string
	want  []string // "K<block> sentence", as formatSpan writes them
}

// readSplitCases reads testdata/split.txt.
func readSplitCases(t testing.TB) []splitCase {
	data, err := os.ReadFile("testdata/split.txt")
	if err != nil {
		t.Fatal(err)
	}
	var cases []splitCase
	var cur *splitCase
	inInput := false
	var input []string
	for n, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "=== "):
			cases = append(cases, splitCase{name: line[4:]})
			cur, inInput, input = &cases[len(cases)-1], true, nil
		case cur == nil:
			// Comments and blank lines before the first case.
		case inInput && line == "---":
			cur.input, inInput = strings.Join(input, "\n"), false
		case inInput:
			input = append(input, line)
		case line != "":
			if len(line) < 3 || !strings.Contains("THC", line[:1]) {
				t.Fatalf("testdata/split.txt:%d: want a sentence like \"T0 text\", got %q", n+1, line)
			}
			cur.want = append(cur.want, line)
		}
	}
	if inInput {
		t.Fatalf("testdata/split.txt: case %q has no \"---\" line", cur.name)
	}
	return cases
}

// formatSpan writes a span as testdata/split.txt does.
func formatSpan(body string, s Span) string {
	return fmt.Sprintf("%c%d %s", strings.ToUpper(s.Kind.String())[0], s.Paragraph, strings.ReplaceAll(body[s.Start:s.End], "\n", `\n`))
}

func TestSplit(t *testing.T) {
	for _, c := range readSplitCases(t) {
		t.Run(c.name, func(t *testing.T) {
			spans := Split(c.input)
			var got []string
			for _, s := range spans {
				got = append(got, formatSpan(c.input, s))
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("Split(%q):\ngot:\n\t%s\nwant:\n\t%s", c.input, strings.Join(got, "\n\t"), strings.Join(c.want, "\n\t"))
			}
			checkSpans(t, c.input, spans)
		})
	}
}

func TestSplitLineEndings(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		want       []string
	}{
		{"CRLF", "First one. Second one.\r\n\r\nThird one.\r\n", []string{"T0 First one.", "T0 Second one.", "T1 Third one."}},
		{"blank line of spaces", "One.\n \t \nTwo.", []string{"T0 One.", "T1 Two."}},
		{"no-break space", "One.\u00a0Two.\u00a0", []string{"T0 One.", "T0 Two."}},
		{"empty", "", nil},
		{"white space only", " \n\n\t", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tt.body) {
				got = append(got, formatSpan(tt.body, s))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q) = %q, want %q", tt.body, got, tt.want)
			}
		})
	}
}

// checkSpans checks the invariants that every split must keep.
func checkSpans(t *testing.T, body string, spans []Span) {
	t.Helper()
	valid := utf8.ValidString(body)
	prevEnd, prevPara := 0, -1
	for i, s := range spans {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(body) {
			t.Fatalf("span %d [%d,%d) is empty, out of order or out of bounds (previous end %d, body %d bytes)", i, s.Start, s.End, prevEnd, len(body))
		}
		if s.Paragraph < prevPara || s.Kind > Caption {
			t.Fatalf("span %d: paragraph %d after %d, kind %d", i, s.Paragraph, prevPara, s.Kind)
		}
		text := body[s.Start:s.End]
		if r, _ := utf8.DecodeRuneInString(text); unicode.IsSpace(r) {
			t.Errorf("span %d starts with white space: %q", i, text)
		}
		if r, _ := utf8.DecodeLastRuneInString(text); unicode.IsSpace(r) {
			t.Errorf("span %d ends with white space: %q", i, text)
		}
		if valid && !utf8.ValidString(text) {
			t.Errorf("span %d [%d,%d) is not on UTF-8 boundaries: %q", i, s.Start, s.End, text)
		}
		if hasBlankLine(text) {
			t.Errorf("span %d crosses a blank line: %q", i, text)
		}
		gap := body[prevEnd:s.Start]
		checkOutside(t, gap)
		if i > 0 && hasBlankLine(gap) && s.Paragraph == prevPara {
			t.Errorf("spans %d and %d are in different paragraphs but have the same number %d", i-1, i, s.Paragraph)
		}
		if i > 0 && s.Paragraph == prevPara {
			if r, _ := utf8.DecodeRuneInString(text); unicode.IsLower(r) || strings.ContainsRune(",;:)", r) {
				t.Errorf("span %d starts a sentence with %q: %q", i, r, text)
			}
		}
		prevEnd, prevPara = s.End, s.Paragraph
	}
	checkOutside(t, body[prevEnd:])

	// ScanSentences must find the same sentences, even when it is fed
	// one byte at a time.
	sc := bufio.NewScanner(iotest.OneByteReader(strings.NewReader(body)))
	sc.Split(ScanSentences)
	var i int
	for ; sc.Scan(); i++ {
		if i >= len(spans) {
			t.Fatalf("ScanSentences found more than Split's %d sentences: %q", len(spans), sc.Text())
		}
		if want := body[spans[i].Start:spans[i].End]; sc.Text() != want {
			t.Fatalf("ScanSentences sentence %d = %q, Split found %q", i, sc.Text(), want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("ScanSentences: %v", err)
	}
	if i != len(spans) {
		t.Fatalf("ScanSentences found %d sentences, Split %d", i, len(spans))
	}
}

// checkOutside checks that text between spans is white space or markup.
func checkOutside(t *testing.T, gap string) {
	t.Helper()
	for _, r := range gap {
		if !unicode.IsSpace(r) && !strings.ContainsRune("#*-+", r) {
			t.Errorf("%q outside every sentence is neither white space nor markup (in %q)", r, gap)
			return
		}
	}
}

// hasBlankLine reports whether s has a line of only white space between
// two line breaks.
func hasBlankLine(s string) bool {
	lines := strings.Split(s, "\n")
	if len(lines) < 3 {
		return false
	}
	for _, l := range lines[1 : len(lines)-1] {
		if strings.TrimFunc(l, unicode.IsSpace) == "" {
			return true
		}
	}
	return false
}

func FuzzSplit(f *testing.F) {
	for _, c := range readSplitCases(f) {
		f.Add(c.input)
	}
	emb, err := Embedded()
	if err != nil {
		f.Fatal(err)
	}
	for _, a := range emb.Articles {
		f.Add(a.Body)
	}
	f.Fuzz(func(t *testing.T, body string) {
		checkSpans(t, body, Split(body))
	})
}

func BenchmarkSplit(b *testing.B) {
	emb, err := Embedded()
	if err != nil {
		b.Fatal(err)
	}
	var size, n int
	for _, a := range emb.Articles {
		size += len(a.Body)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range emb.Articles {
			n += len(Split(a.Body))
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
