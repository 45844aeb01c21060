package render

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Text writes cards for a terminal: each quote, then its outlet, title and
// date, its link on a line of its own, then the other articles that
// reported it. With explain, the score and its parts follow. Lines are
// wrapped at width runes between words (0 wraps nothing); a link is never
// broken, so that terminals can still open it. No cards write NoAnswer.
func Text(w io.Writer, cards []Card, explain bool, width int) error {
	var b strings.Builder
	if len(cards) == 0 {
		b.WriteString(NoAnswer + "\n")
	}
	para := func(first, rest, s string) { wrap(&b, first, rest, s, width) }
	for n, c := range cards {
		if n > 0 {
			b.WriteString("\n")
		}
		num := fmt.Sprintf("%d. ", n+1)
		indent := strings.Repeat(" ", len(num))
		para(num, indent, "“"+c.Quote+"”")
		if c.Caption {
			b.WriteString(indent + "(photo caption)\n")
		}
		if src := Source(c.Outlet, c.Title, c.Published); src != "" {
			para(indent, indent, src)
		}
		if c.URL != "" {
			b.WriteString(indent + c.URL + "\n")
		}
		if len(c.Also) > 0 {
			b.WriteString(indent + "Also reported by:\n")
			for _, l := range c.Also {
				if src := Source(l.Outlet, l.Title, ""); src != "" {
					para(indent+"• ", indent+"  ", src)
					if l.URL != "" {
						b.WriteString(indent + "  " + l.URL + "\n")
					}
				} else if l.URL != "" {
					b.WriteString(indent + "• " + l.URL + "\n")
				}
			}
		}
		if explain && c.Explain != nil {
			fmt.Fprintf(&b, "%sscore %.3f:\n", indent, c.Score)
			for _, p := range c.Explain {
				if p.Score == 0 {
					para(indent+strings.Repeat(" ", 11), indent+strings.Repeat(" ", 11), p.What)
					continue
				}
				para(fmt.Sprintf("%s  %+7.3f  ", indent, p.Score), indent+strings.Repeat(" ", 11), p.What)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// wrap writes s after first, breaking it between words so that no line is
// longer than width runes where a word allows; lines after the first start
// with rest. Width 0 writes s on one line.
func wrap(b *strings.Builder, first, rest, s string, width int) {
	if width <= 0 {
		b.WriteString(first + s + "\n")
		return
	}
	line, n := first, utf8.RuneCountInString(first)
	empty := true // the line holds no word yet
	for _, word := range strings.Fields(s) {
		k := utf8.RuneCountInString(word)
		if !empty && n+1+k > width {
			b.WriteString(line + "\n")
			line, n, empty = rest, utf8.RuneCountInString(rest), true
		}
		if !empty {
			line += " "
			n++
		}
		line += word
		n += k
		empty = false
	}
	b.WriteString(line + "\n")
}
