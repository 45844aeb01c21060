package render

import (
	"strings"
	"unicode/utf8"
)

// Ellipsis marks text that was cut to fit a limit.
const Ellipsis = "…"

// Clip returns s cut to at most n runes on a rune boundary, ending with
// Ellipsis when it was cut.
func Clip(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n == 1 {
		return Ellipsis
	}
	i, count := 0, 0
	for i = range s {
		if count == n-1 {
			break
		}
		count++
	}
	return s[:i] + Ellipsis
}

// Characters that Discord's Markdown gives a meaning to: anywhere in a
// line, and at the start of a line only (lists, quotes, headings).
const (
	markdownSpecial = "\\*_~`|[]"
	lineStart       = "->#"
)

// Markdown escapes s for Discord so that corpus text shows verbatim, makes
// mentions (@everyone, @here, <@id>, <#id>) inert, and clips the result to
// at most n runes without splitting an escape sequence.
func Markdown(s string, n int) string {
	if n <= 0 {
		return ""
	}
	s = Inert(s)
	var toks []string
	total := 0
	for i, r := range s {
		tok := string(r)
		if strings.ContainsRune(markdownSpecial, r) || (strings.ContainsRune(lineStart, r) && (i == 0 || s[i-1] == '\n')) {
			tok = "\\" + tok
		}
		toks = append(toks, tok)
		total += utf8.RuneCountInString(tok)
	}
	var b strings.Builder
	if total <= n {
		for _, t := range toks {
			b.WriteString(t)
		}
		return b.String()
	}
	used := 0
	for _, t := range toks {
		k := utf8.RuneCountInString(t)
		if used+k > n-1 {
			break
		}
		b.WriteString(t)
		used += k
	}
	return b.String() + Ellipsis
}

// zeroWidth breaks a mention without changing how the text reads.
const zeroWidth = "\u200b"

var mentions = strings.NewReplacer(
	"@everyone", "@"+zeroWidth+"everyone",
	"@here", "@"+zeroWidth+"here",
	"<@", "<"+zeroWidth+"@",
	"<#", "<"+zeroWidth+"#",
)

// Inert returns s with every mention broken by a zero-width space, so that
// Discord shows it as plain text and could not ping anyone with it.
func Inert(s string) string { return mentions.Replace(s) }
