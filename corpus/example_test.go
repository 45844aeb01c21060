package corpus_test

import (
	"bufio"
	"fmt"
	"strings"
	"testing/fstest"

	"github.com/citebot/citebot/corpus"
)

func ExampleScanSentences() {
	text := `Mr. Blinken met the U.S. envoy in Astana. “Why now?” he asked. Trade rose
to $ 80.6 billion, i.e. 4.5% more... Nobody objected.

– Sovereignty –
The ministers left. (AP Photo)`
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(corpus.ScanSentences)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// "Mr. Blinken met the U.S. envoy in Astana."
	// "“Why now?” he asked."
	// "Trade rose\nto $ 80.6 billion, i.e. 4.5% more..."
	// "Nobody objected."
	// "– Sovereignty –"
	// "The ministers left. (AP Photo)"
}

func ExampleSplit() {
	body := "## Talks\n\nBlinken met Mr. Tleuberdi. They spoke about trade.\n\n*The ministers in Astana. (AP Photo)*"
	for _, s := range corpus.Split(body) {
		fmt.Printf("%d %-7s %q\n", s.Paragraph, s.Kind, body[s.Start:s.End])
	}
	// Output:
	// 0 heading "Talks"
	// 1 text    "Blinken met Mr. Tleuberdi."
	// 1 text    "They spoke about trade."
	// 2 caption "The ministers in Astana. (AP Photo)"
}

func ExampleLoad() {
	fsys := fstest.MapFS{
		"astana.md": {Data: []byte(`---
title: Blinken in Astana
outlet: Example News
url: https://example.com/astana
published: 2023-02-28
---

Blinken met the five foreign ministers. “We don't see any risks,” one said.
`)},
		"draft.md": {Data: []byte("---\ntitle: A draft\nurl: example.com\n---\nText.\n")},
	}
	_, err := corpus.Load(fsys)
	fmt.Println(err)

	delete(fsys, "draft.md")
	c, err := corpus.Load(fsys)
	if err != nil {
		fmt.Println(err)
		return
	}
	a := c.Articles[0]
	fmt.Println(a.ID, a.Outlet, a.Published())
	for i := a.First; i < a.First+a.Count; i++ {
		fmt.Println(c.Text(i))
	}
	// Output:
	// load corpus: 2 errors:
	// 	draft.md: outlet: missing
	// 	draft.md: url: "example.com" is not an absolute http(s) URL
	// astana Example News 2023-02-28
	// Blinken met the five foreign ministers.
	// “We don't see any risks,” one said.
}
