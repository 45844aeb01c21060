package render

import (
	"fmt"
	"io"
	"strings"
)

// Text writes cards for a terminal: each quote, then its outlet, title,
// date and link, then the other outlets that reported it. With explain,
// the parts of each score follow. No cards write NoAnswer.
func Text(w io.Writer, cards []Card, explain bool) error {
	var b strings.Builder
	if len(cards) == 0 {
		b.WriteString(NoAnswer + "\n")
	}
	for n, c := range cards {
		if n > 0 {
			b.WriteString("\n")
		}
		caption := ""
		if c.Caption {
			caption = " (photo caption)"
		}
		fmt.Fprintf(&b, "%d. “%s”%s\n", n+1, c.Quote, caption)
		src := Source(c.Outlet, c.Title, c.Published)
		if c.URL != "" {
			src = Source(src, c.URL, "")
		}
		if src != "" {
			fmt.Fprintf(&b, "   %s\n", src)
		}
		if len(c.Also) > 0 {
			also := make([]string, len(c.Also))
			for i, l := range c.Also {
				also[i] = Source(l.Outlet, l.Title, "")
				if l.URL != "" {
					also[i] += " (" + l.URL + ")"
				}
			}
			fmt.Fprintf(&b, "   also reported by %s\n", strings.Join(also, "; "))
		}
		if explain {
			for _, p := range c.Explain {
				fmt.Fprintf(&b, "   %+8.3f  %s\n", p.Score, p.What)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
