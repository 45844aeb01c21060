package discord

import (
	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/bot/internal/render"
)

// reply is one message to send, whatever the way of sending it.
type reply struct {
	content    string
	embeds     []*discordgo.MessageEmbed
	components []discordgo.MessageComponent
	ephemeral  bool
}

func (r reply) text() string { return render.Clip(render.Inert(r.content), maxContent) }

func (r reply) flags() discordgo.MessageFlags {
	if r.ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// response is r as the first response to an interaction.
func (r reply) response() *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content: r.text(), Embeds: r.embeds, Components: r.components,
			Flags: r.flags(), AllowedMentions: noMentions(),
		},
	}
}

// edit is r as the edit of a deferred response; it replaces all of it.
func (r reply) edit() *discordgo.WebhookEdit {
	content := r.text()
	embeds := r.embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	components := r.components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &components, AllowedMentions: noMentions()}
}

// message is r as a reply to the message with the given reference.
func (r reply) message(ref *discordgo.MessageReference) *discordgo.MessageSend {
	return &discordgo.MessageSend{
		Content: r.text(), Embeds: r.embeds, Components: r.components,
		AllowedMentions: noMentions(), Reference: ref,
	}
}
