package discord

import (
	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/answers"
)

// Names of the slash commands and their options.
const (
	cmdAsk      = "ask"
	cmdSources  = "sources"
	cmdHelp     = "help"
	optQuestion = "question"
	optPrivate  = "private"
)

// commands returns the slash commands, all usable in guilds and in direct
// messages with the bot.
func commands() []*discordgo.ApplicationCommand {
	contexts := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	installs := []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	minLen := 1
	cmd := func(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommand {
		return &discordgo.ApplicationCommand{
			Name: name, Description: desc, Type: discordgo.ChatApplicationCommand,
			Contexts: &contexts, IntegrationTypes: &installs, Options: opts,
		}
	}
	return []*discordgo.ApplicationCommand{
		cmd(cmdAsk, "Ask about the news articles: the answer quotes them verbatim, with links",
			&discordgo.ApplicationCommandOption{
				Type: discordgo.ApplicationCommandOptionString, Name: optQuestion,
				Description: "Your question; suggestions come from the articles",
				Required:    true, Autocomplete: true, MinLength: &minLen, MaxLength: answers.MaxQuestionLen,
			},
			&discordgo.ApplicationCommandOption{
				Type: discordgo.ApplicationCommandOptionBoolean, Name: optPrivate,
				Description: "Show the answer to you only",
			}),
		cmd(cmdSources, "List the articles that answers are quoted from"),
		cmd(cmdHelp, "How to ask and what the answers show"),
	}
}

// helpText answers /help.
const helpText = "**Ask a question about the news articles** with `/ask question:…`, " +
	"in a direct message to me, or by mentioning me in a channel.\n" +
	"Every answer is a sentence quoted verbatim from an article, with its outlet, title, date and link; " +
	"*Also reported by* lists other articles that say the same.\n" +
	"**Context** shows the sentences around a quote; **More answers** shows the next ones.\n" +
	"`/ask private:True` shows the answer to you only. `/sources` lists the articles.\n" +
	"When the articles do not answer a question, I say so rather than guess."
