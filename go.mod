module github.com/citebot/citebot

go 1.26.0

require (
	github.com/kljensen/snowball v0.10.0 // indirect
	github.com/sahilm/fuzzy v0.1.3 // indirect
	golang.org/x/text v0.44.0 // indirect
)
