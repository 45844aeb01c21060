package fakediscord

import (
	"bytes"
	"strings"
	"sync"
	"time"
)

// LogBuffer collects a program's log output, safe for concurrent writers,
// and lets a test wait for a line: the bot logs from handler goroutines.
type LogBuffer struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changed chan struct{} // closed and replaced on every write
}

// NewLogBuffer returns an empty LogBuffer.
func NewLogBuffer() *LogBuffer { return &LogBuffer{changed: make(chan struct{})} }

// Write appends p and wakes the waiters.
func (l *LogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	close(l.changed)
	l.changed = make(chan struct{})
	return l.buf.Write(p)
}

// String returns everything written so far.
func (l *LogBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// WaitFor waits up to timeout for a line holding s and returns it, or
// returns false with the whole log.
func (l *LogBuffer) WaitFor(s string, timeout time.Duration) (string, bool) {
	deadline := time.After(timeout)
	for {
		l.mu.Lock()
		ch, text := l.changed, l.buf.String()
		l.mu.Unlock()
		for _, line := range strings.Split(text, "\n") {
			if strings.Contains(line, s) {
				return line, true
			}
		}
		select {
		case <-ch:
		case <-deadline:
			return text, false
		}
	}
}
