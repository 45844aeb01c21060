module github.com/citebot/citebot

go 1.26.0

require (
	github.com/adrg/frontmatter v0.2.0
	github.com/kljensen/snowball v0.10.0
	github.com/sahilm/fuzzy v0.1.3
	golang.org/x/text v0.44.0
	gopkg.in/yaml.v2 v2.4.0
)

require github.com/BurntSushi/toml v0.3.1 // indirect
