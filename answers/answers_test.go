package answers

import (
	"errors"
	"strings"
	"testing"
)

func TestCleanQuestion(t *testing.T) {
	tests := []struct {
		in, want string
		err      error
	}{
		{"  Who met   Tokayev?\n", "Who met Tokayev?", nil},
		{"who\x00met\ttokayev\x1b[31m", "who met tokayev [31m", nil},
		{"@everyone what did Peskov say?", "what did Peskov say?", nil},
		{"<@123456> <@!42> <#7> <@&9> @HERE CSTO members?", "CSTO members?", nil},
		{"CSTO members? <:thinking:123456789012345678> <a:wave:42>", "CSTO members?", nil},
		{"CSTO members since <t:1677542400:R>?", "CSTO members since ?", nil},
		{"email me at someone@here.com", "email me at someone@here.com", nil},
		{"", "", ErrEmptyQuestion},
		{" \t\n", "", ErrEmptyQuestion},
		{"@everyone", "", ErrEmptyQuestion},
		{strings.Repeat("a", MaxQuestionLen), strings.Repeat("a", MaxQuestionLen), nil},
		{strings.Repeat("é", MaxQuestionLen+1), "", ErrQuestionTooLong},
		{"bad \xff byte", "bad byte", nil},
	}
	for _, tt := range tests {
		got, err := CleanQuestion(tt.in)
		if !errors.Is(err, tt.err) || got != tt.want {
			t.Errorf("CleanQuestion(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}
