module github.com/citebot/citebot

go 1.24

require (
	github.com/adrg/frontmatter v0.2.0
	gopkg.in/yaml.v2 v2.4.0
)

require github.com/BurntSushi/toml v0.3.1 // indirect
