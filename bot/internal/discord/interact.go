package discord

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/bot/internal/render"
	"github.com/citebot/citebot/corpus"
)

// expired answers a button whose message no longer says what to do.
const expired = "This button no longer works: ask again with /ask."

// onInteraction answers slash commands, autocompletion and buttons.
func (b *Bot) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	i := ic.Interaction
	b.guard("INTERACTION_CREATE", func() {
		switch i.Type {
		case discordgo.InteractionApplicationCommandAutocomplete:
			b.autocomplete(s, i)
		case discordgo.InteractionApplicationCommand:
			switch i.ApplicationCommandData().Name {
			case cmdAsk:
				b.ask(s, i)
			case cmdSources:
				b.respond(s, i, b.sources())
			case cmdHelp:
				b.respond(s, i, reply{content: helpText, ephemeral: true})
			default:
				b.respond(s, i, reply{content: "I do not know that command any more.", ephemeral: true})
			}
		case discordgo.InteractionMessageComponent:
			b.button(s, i)
		}
	})
}

// userOf returns the ID of the user who caused an interaction.
func userOf(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// ask answers /ask.
func (b *Bot) ask(s *discordgo.Session, i *discordgo.Interaction) {
	start := time.Now()
	var question string
	private := false
	for _, o := range i.ApplicationCommandData().Options {
		switch {
		case o.Name == optQuestion && o.Type == discordgo.ApplicationCommandOptionString:
			question = o.StringValue()
		case o.Name == optPrivate && o.Type == discordgo.ApplicationCommandOptionBoolean:
			private = o.BoolValue()
		}
	}
	if !b.admit(s, i) {
		return
	}
	b.answer(s, i, question, 0, private, start)
}

// admit applies the user's rate limit: a user asking too fast gets one
// private refusal, then silence until the limit allows a question again.
func (b *Bot) admit(s *discordgo.Session, i *discordgo.Interaction) bool {
	switch b.limits.check(userOf(i)) {
	case refuse:
		b.respond(s, i, reply{content: slowDown, ephemeral: true})
		return false
	case ignore:
		b.log.Debug("rate limited: ignored", "surface", surface(i.GuildID), "guild_id", i.GuildID)
		return false
	}
	return true
}

// answer searches and responds: directly when the search is fast enough,
// else with a deferred response that is edited once the answers are in.
func (b *Bot) answer(s *discordgo.Session, i *discordgo.Interaction, question string, offset int, private bool, start time.Time) {
	ch := b.search(question, offset)
	timer := time.NewTimer(b.cfg.DeferAfter)
	defer timer.Stop()
	var r result
	deferred := false
	select {
	case r = <-ch:
	case <-timer.C:
		var flags discordgo.MessageFlags
		if private {
			flags = discordgo.MessageFlagsEphemeral
		}
		err := s.InteractionRespond(i, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: flags, AllowedMentions: noMentions()},
		})
		if err != nil {
			b.failed(s, i, false, "deferring the response", err)
			return
		}
		deferred = true
		r = <-ch
	}
	rep, n := b.page(question, offset, r, private)
	var err error
	if deferred {
		_, err = s.InteractionResponseEdit(i, rep.edit())
	} else {
		err = s.InteractionRespond(i, rep.response())
	}
	if err != nil {
		b.failed(s, i, deferred, "sending the answer", err)
		return
	}
	if r.err == nil {
		b.logQuestion(surface(i.GuildID), i.GuildID, start, n)
	}
}

// page turns a search result into a reply, and says how many answers it
// shows.
func (b *Bot) page(question string, offset int, r result, private bool) (reply, int) {
	switch {
	case errors.Is(r.err, errSearchFailed):
		return reply{content: apology, ephemeral: true}, 0
	case r.err != nil:
		return reply{content: render.Problem(r.err), ephemeral: true}, 0
	case len(r.answers) == 0 && offset > 0:
		return reply{content: "No more answers: that is all the articles say about it.", ephemeral: private}, 0
	case len(r.answers) == 0:
		return reply{content: render.NoAnswerFor(r.unmentioned), ephemeral: private}, 0
	}
	as := r.answers
	more := len(as) > b.cfg.K
	if more {
		as = as[:b.cfg.K]
	}
	if q, err := answers.CleanQuestion(question); err == nil {
		question = q
	}
	p := page{Question: question, Cards: render.Cards(b.ix.Corpus(), as), Offset: offset, More: more}
	return reply{embeds: p.embeds(), components: p.components(), ephemeral: private}, len(as)
}

// respond sends r as the response to i; a failure is logged and apologised
// for.
func (b *Bot) respond(s *discordgo.Session, i *discordgo.Interaction, r reply) {
	if err := s.InteractionRespond(i, r.response()); err != nil {
		b.failed(s, i, false, "responding", err)
	}
}

// failed apologises to the user if Discord lets us, and logs one line.
// responded says the interaction was already acknowledged.
func (b *Bot) failed(s *discordgo.Session, i *discordgo.Interaction, responded bool, doing string, err error) {
	sorry := reply{content: apology, ephemeral: true}
	var aerr error
	if responded {
		_, aerr = s.InteractionResponseEdit(i, sorry.edit())
	} else {
		aerr = s.InteractionRespond(i, sorry.response())
	}
	b.log.Error("Discord call failed", "doing", doing, "surface", surface(i.GuildID), "guild_id", i.GuildID,
		b.errAttr(err), "apologised", aerr == nil)
}

// autocomplete suggests questions while the user types one.
func (b *Bot) autocomplete(s *discordgo.Session, i *discordgo.Interaction) {
	partial := ""
	for _, o := range i.ApplicationCommandData().Options {
		if o.Focused && o.Type == discordgo.ApplicationCommandOptionString {
			partial = o.StringValue()
		}
	}
	err := s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: b.choices(partial)},
	})
	if err != nil {
		b.log.Warn("autocomplete failed", "guild_id", i.GuildID, b.errAttr(err))
	}
}

// choices returns at most 25 autocomplete choices for what the user typed:
// the text itself, then the index's suggestions. With nothing typed yet
// they are the index's suggestions, or else the article titles.
func (b *Bot) choices(partial string) []*discordgo.ApplicationCommandOptionChoice {
	partial = strings.TrimSpace(partial)
	var texts []string
	if partial == "" {
		texts = b.ix.Suggest("", maxChoices)
		if len(texts) == 0 {
			texts = b.samples()
		}
	} else {
		texts = append([]string{partial}, b.ix.Suggest(partial, maxChoices)...)
	}
	seen := make(map[string]bool)
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for _, t := range texts {
		t = render.Clip(strings.TrimSpace(t), maxChoice)
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: t, Value: t})
		if len(out) == maxChoices {
			break
		}
	}
	return out
}

// samples are things to ask about when the index suggests nothing: each
// article's title, or its opening sentence when it has none.
func (b *Bot) samples() []string {
	c := b.ix.Corpus()
	var out []string
	for _, a := range c.Articles {
		switch {
		case a.Title != "":
			out = append(out, a.Title)
		case a.Count > 0:
			out = append(out, c.Text(a.First))
		}
	}
	return out
}

// button answers a click on "More answers" or "Context".
func (b *Bot) button(s *discordgo.Session, i *discordgo.Interaction) {
	start := time.Now()
	id := i.MessageComponentData().CustomID
	switch {
	case strings.HasPrefix(id, moreID):
		offset, err := strconv.Atoi(strings.TrimPrefix(id, moreID))
		question, ok := questionOf(i.Message)
		if err != nil || offset < 0 || !ok {
			b.respond(s, i, reply{content: expired, ephemeral: true})
			return
		}
		if !b.admit(s, i) {
			return
		}
		private := i.Message != nil && i.Message.Flags&discordgo.MessageFlagsEphemeral != 0
		b.answer(s, i, question, offset, private, start)
	case strings.HasPrefix(id, contextID):
		rest := strings.TrimPrefix(id, contextID)
		k := strings.LastIndexByte(rest, ':')
		n, err := strconv.Atoi(rest[k+1:])
		if k < 0 || err != nil {
			b.respond(s, i, reply{content: expired, ephemeral: true})
			return
		}
		sentence, ok := b.ix.Lookup(rest[:k], n)
		if !ok {
			b.respond(s, i, reply{content: "That article is no longer in the corpus.", ephemeral: true})
			return
		}
		if !b.admit(s, i) {
			return
		}
		b.respond(s, i, reply{embeds: []*discordgo.MessageEmbed{contextEmbed(b.sentenceCard(sentence))}, ephemeral: true})
	default:
		b.respond(s, i, reply{content: expired, ephemeral: true})
	}
}

// contextSentences is how many sentences the Context button shows on each
// side of the quote.
const contextSentences = 2

// sentenceCard is sentence i of the corpus with its context.
func (b *Bot) sentenceCard(i int) render.Card {
	c := b.ix.Corpus()
	ai := int(c.Sentences[i].Article)
	src := b.ix.Source(ai)
	return render.Card{
		Quote: c.Text(i), Caption: c.Sentences[i].Kind == corpus.Caption, Title: src.Title, URL: src.URL, Outlet: src.Outlet, Published: src.Published,
		Context: b.ix.Context(i, contextSentences), ArticleID: src.ID, Position: i - c.Articles[ai].First,
	}
}

// sources lists the articles of the corpus, one link a line.
func (b *Bot) sources() reply {
	arts := b.ix.Corpus().Articles
	var lines []string
	used := 0
	for n, a := range arts {
		line := "• " + link(render.Source(a.Outlet, a.Title, a.Published()), a.URL, maxDescription/4)
		k := len([]rune(line)) + 1
		if used+k > maxDescription-40 {
			lines = append(lines, "… and "+strconv.Itoa(len(arts)-n)+" more")
			break
		}
		lines = append(lines, line)
		used += k
	}
	e := &discordgo.MessageEmbed{
		Color: colour, Title: strconv.Itoa(len(arts)) + " articles", Description: strings.Join(lines, "\n"),
	}
	return reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: true}
}
