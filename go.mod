module github.com/citebot/citebot

go 1.24
