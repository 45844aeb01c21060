// Command bot answers questions about a corpus of news articles by quoting
// its sentences verbatim, each linked to its article: on Discord, or with
// --dry-run in the console.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	m := NewMain()
	if err := m.ParseFlags(os.Args[1:]); err != nil {
		os.Exit(reportExit(os.Stderr, err))
	}
	err := m.Run(ctx)
	stop() // a second signal during the shutdown ends the program at once
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Exit(reportExit(os.Stderr, err))
	}
}

// reportExit prints err to w and returns the exit code it calls for: 2 for
// a mistake in the settings, 1 for any other failure.
func reportExit(w io.Writer, err error) int {
	if errors.Is(err, errHelp) {
		return 0
	}
	fmt.Fprintln(w, "bot:", err)
	var u *usageError
	if errors.As(err, &u) {
		return 2
	}
	return 1
}
