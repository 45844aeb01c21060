package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const tiny = "../../internal/reqa/testdata/tiny.json"

func TestRunFlags(t *testing.T) {
	t.Setenv("SQUAD_PATH", "")
	tests := []struct {
		args []string
		code int
		err  string
	}{
		{nil, 2, "-squad is required"},
		{[]string{"-squad", tiny, "-half", "both"}, 2, `half "both"`},
		{[]string{"-squad", tiny, "-k", "0"}, 2, "-k 0"},
		{[]string{"-squad", "missing.zip"}, 1, "missing.zip"},
		{[]string{"-nope"}, 2, "-nope"},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		if code := run(tt.args, &out, &errs); code != tt.code || !strings.Contains(errs.String(), tt.err) {
			t.Errorf("run(%q) = %d, stderr %q; want %d and %q", tt.args, code, errs.String(), tt.code, tt.err)
		}
	}
}

func TestRunTable(t *testing.T) {
	misses := filepath.Join(t.TempDir(), "misses.jsonl")
	var out, errs bytes.Buffer
	if code := run([]string{"-squad", tiny, "-baseline", "-half", "even", "-k", "3", "-misses", misses}, &out, &errs); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs.String())
	}
	for _, want := range []string{"2 articles", "8 questions (7 unique)", "half even, k 3", "R@1", "MRR@10", "citebot", "bm25"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if _, err := os.Stat(misses); err != nil {
		t.Errorf("misses file: %v", err)
	}
}
