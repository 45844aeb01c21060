package discord

import (
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// mentionOnly answers a mention without a question.
const mentionOnly = "Mention me with a question about the news articles, or use `/ask`. `/help` tells more."

// onMessage answers direct messages and guild messages that mention the
// bot; it ignores bots, itself and every other message.
func (b *Bot) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	self := ""
	if s.State != nil && s.State.User != nil {
		self = s.State.User.ID
	}
	if m.Author == nil || m.Author.Bot || m.Author.ID == self || self == "" {
		return
	}
	question := m.Content
	if m.GuildID != "" {
		if !mentions(m.Message, self) {
			return
		}
		question = strings.NewReplacer("<@"+self+">", " ", "<@!"+self+">", " ").Replace(question)
	}
	b.guard("MESSAGE_CREATE", func() { b.reply(s, m.Message, strings.TrimSpace(question)) })
}

// mentions says whether m mentions the user id.
func mentions(m *discordgo.Message, id string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == id {
			return true
		}
	}
	return false
}

// reply answers a question asked in message m.
func (b *Bot) reply(s *discordgo.Session, m *discordgo.Message, question string) {
	start := time.Now()
	no := false
	ref := &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &no}
	var r reply
	n, answered := 0, false
	switch {
	case question == "":
		r = reply{content: mentionOnly}
	default:
		switch b.limits.check(m.Author.ID) {
		case refuse:
			r = reply{content: slowDown}
		case ignore:
			b.log.Debug("rate limited: ignored", "surface", surface(m.GuildID), "guild_id", m.GuildID)
			return
		default:
			res := <-b.search(question, 0)
			r, n = b.page(question, 0, res, false)
			answered = res.err == nil
		}
	}
	if _, err := s.ChannelMessageSendComplex(m.ChannelID, r.message(ref)); err != nil {
		_, aerr := s.ChannelMessageSendComplex(m.ChannelID, reply{content: apology}.message(ref))
		b.log.Error("Discord call failed", "doing", "replying to a message", "surface", surface(m.GuildID),
			"guild_id", m.GuildID, b.errAttr(err), "apologised", aerr == nil)
		return
	}
	if answered {
		b.logQuestion(surface(m.GuildID), m.GuildID, start, n)
	}
}
