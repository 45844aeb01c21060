package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citebot/citebot/corpus"
)

func TestRunWritesALoadableCorpus(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	qfile := filepath.Join(t.TempDir(), "questions.txt")
	var log bytes.Buffer
	if err := run([]string{"-sentences", "500", "-out", dir, "-seed", "3", "-questions", qfile}, &log); err != nil {
		t.Fatal(err)
	}
	c, err := corpus.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) < 10 || !strings.Contains(log.String(), "500 sentences") {
		t.Errorf("%d articles; log %q", len(c.Articles), log.String())
	}
	q, err := os.ReadFile(qfile)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(q), "?\n"); n != questionCount {
		t.Errorf("%d questions, want %d", n, questionCount)
	}
	// A second run must not overwrite the articles.
	if err := run([]string{"-sentences", "500", "-out", dir}, &log); err == nil {
		t.Error("wrote over an existing corpus")
	}
}

func TestRunRejectsBadArguments(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-sentences", "0", "-out", t.TempDir()},
		{"-out", t.TempDir(), "extra"},
		{"-sentences", "many", "-out", t.TempDir()},
	} {
		if err := run(args, new(bytes.Buffer)); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}
