package discord

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/bot/internal/render"
)

// Discord's limits on what one message may hold, in characters (runes).
const (
	maxContent     = 2000
	maxEmbeds      = 10
	maxEmbedsTotal = 6000 // titles, descriptions, field names and values, footers, authors of all embeds
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxAuthor      = 256
	maxCustomID    = 100
	maxChoices     = 25
	maxChoice      = 100
	maxButtons     = 5 // per action row
	maxRows        = 5
)

// questionPrefix starts the footer that carries the question, so that a
// button under the message can recover it, even after a restart.
const questionPrefix = "Question: "

// Custom ids of the buttons under an answer.
const (
	moreID    = "more:" // + offset of the next answer
	contextID = "ctx:"  // + article ID + ":" + sentence position
)

// Colour of answer embeds.
const colour = 0x2f6f9f

// page is one message of answers to a question.
type page struct {
	Question string
	Cards    []render.Card
	Offset   int  // answers shown before this page
	More     bool // there are answers after this page
}

// embeds returns one embed per card; the first holds the question in its
// footer. Together they keep within Discord's limits.
func (p page) embeds() []*discordgo.MessageEmbed {
	cards := p.Cards
	if len(cards) > maxEmbeds {
		cards = cards[:maxEmbeds]
	}
	footer := render.Clip(questionPrefix+render.Inert(p.Question), maxFooter)
	budget := (maxEmbedsTotal - utf8.RuneCountInString(footer)) / max(len(cards), 1)
	out := make([]*discordgo.MessageEmbed, 0, len(cards))
	for i, c := range cards {
		e := cardEmbed(c, p.Offset+i+1, budget)
		if i == 0 {
			e.Footer = &discordgo.MessageEmbedFooter{Text: footer}
		}
		out = append(out, e)
	}
	return out
}

// cardEmbed shows one card in at most budget characters.
func cardEmbed(c render.Card, n, budget int) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Color: colour, URL: safeURL(c.URL)}
	if a := render.Clip(render.Inert(render.Source(c.Outlet, c.Published, "")), min(maxAuthor, budget/8)); a != "" {
		e.Author = &discordgo.MessageEmbedAuthor{Name: a}
		budget -= utf8.RuneCountInString(a)
	}
	e.Title = render.Markdown(c.Title, min(maxTitle, budget/4))
	budget -= utf8.RuneCountInString(e.Title)
	const alsoName = "Also reported by"
	also := 0 // room kept for the other reports: all they need, up to half
	if len(c.Also) > 0 {
		also = min(maxFieldValue, utf8.RuneCountInString(alsoValue(c.Also, maxFieldValue)), budget/2)
		budget -= utf8.RuneCountInString(alsoName)
	}
	head := fmt.Sprintf("**%d.** “", n)
	tail := "”"
	if c.Caption {
		tail += "\n*photo caption*"
	}
	room := min(maxDescription, budget-also) - utf8.RuneCountInString(head) - utf8.RuneCountInString(tail)
	e.Description = head + render.Markdown(c.Quote, room) + tail
	budget -= utf8.RuneCountInString(e.Description)
	if len(c.Also) > 0 {
		v := alsoValue(c.Also, min(maxFieldValue, budget))
		e.Fields = []*discordgo.MessageEmbedField{{Name: alsoName, Value: v}}
	}
	return e
}

// alsoValue lists other reports, one Markdown link a line, in at most n
// characters. When they do not all fit, the first ones are followed by a
// line that says how many more there are.
func alsoValue(links []render.Link, n int) string {
	lines := make([]string, len(links))
	for i, l := range links {
		lines[i] = link(render.Source(l.Outlet, l.Title, ""), l.URL, n)
	}
	if v := strings.Join(lines, "\n"); utf8.RuneCountInString(v) <= n {
		return v
	}
	for k := len(lines) - 1; k > 0; k-- {
		v := strings.Join(lines[:k], "\n") + "\n" + andMore(len(lines)-k)
		if utf8.RuneCountInString(v) <= n {
			return v
		}
	}
	first := render.Source(links[0].Outlet, links[0].Title, "")
	if len(links) == 1 {
		return link(first, links[0].URL, n)
	}
	more := "\n" + andMore(len(links)-1)
	return link(first, links[0].URL, n-utf8.RuneCountInString(more)) + more
}

// andMore says how many other reports were left out.
func andMore(n int) string { return fmt.Sprintf("… and %d more", n) }

// link returns a Markdown link, or the escaped text alone when the URL is
// unusable or the link would be longer than n characters.
func link(text, rawURL string, n int) string {
	u := safeURL(rawURL)
	if u == "" {
		return render.Markdown(text, n)
	}
	u = strings.NewReplacer("(", "%28", ")", "%29", " ", "%20").Replace(u)
	room := n - utf8.RuneCountInString(u) - 4
	if room < 8 {
		return render.Markdown(text, n)
	}
	return "[" + render.Markdown(text, room) + "](" + u + ")"
}

// safeURL returns u when it is an absolute http(s) URL that Discord will
// accept in an embed, else "".
func safeURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || len(u) > 2000 {
		return ""
	}
	return u
}

// components returns the buttons under a page: one "Context" button per
// card and "More answers" when there are more.
func (p page) components() []discordgo.MessageComponent {
	var buttons []discordgo.MessageComponent
	for i, c := range p.Cards {
		if i >= maxEmbeds {
			break
		}
		id := contextID + c.ArticleID + ":" + strconv.Itoa(c.Position)
		if c.Position < 0 || len(id) > maxCustomID {
			continue
		}
		buttons = append(buttons, discordgo.Button{Label: fmt.Sprintf("Context %d", p.Offset+i+1), Style: discordgo.SecondaryButton, CustomID: id})
	}
	if shown := min(len(p.Cards), maxEmbeds); p.More || shown < len(p.Cards) {
		buttons = append(buttons, discordgo.Button{Label: "More answers", Style: discordgo.PrimaryButton, CustomID: moreID + strconv.Itoa(p.Offset+shown)})
	}
	var rows []discordgo.MessageComponent
	for len(buttons) > 0 && len(rows) < maxRows {
		k := min(maxButtons, len(buttons))
		rows = append(rows, discordgo.ActionsRow{Components: buttons[:k]})
		buttons = buttons[k:]
	}
	return rows
}

// questionOf recovers the question from a message of answers.
func questionOf(m *discordgo.Message) (string, bool) {
	if m == nil {
		return "", false
	}
	for _, e := range m.Embeds {
		if e != nil && e.Footer != nil && strings.HasPrefix(e.Footer.Text, questionPrefix) {
			return strings.TrimPrefix(e.Footer.Text, questionPrefix), true
		}
	}
	return "", false
}

// contextEmbed shows a sentence between its neighbours, the sentence in
// bold.
func contextEmbed(c render.Card) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Color: colour, URL: safeURL(c.URL), Title: render.Markdown(c.Title, maxTitle)}
	if a := render.Clip(render.Inert(render.Source(c.Outlet, c.Published, "")), maxAuthor); a != "" {
		e.Author = &discordgo.MessageEmbedAuthor{Name: a}
	}
	quote := render.Markdown(c.Quote, maxDescription/2)
	room := (maxDescription - utf8.RuneCountInString(quote) - 8) / 2
	before := render.Markdown(lastRunes(c.Context.Before, room/2), room)
	after := render.Markdown(c.Context.After, room)
	e.Description = strings.TrimSpace(before + " **" + quote + "** " + after)
	return e
}

// lastRunes returns the end of s, at most n runes, starting with an
// ellipsis when it was cut.
func lastRunes(s string, n int) string {
	k := utf8.RuneCountInString(s)
	if k <= n {
		return s
	}
	if n <= 1 {
		return render.Ellipsis
	}
	skip := k - (n - 1)
	for i := range s {
		if skip == 0 {
			return render.Ellipsis + s[i:]
		}
		skip--
	}
	return render.Ellipsis
}
