// Package fakediscord is an in-process stand-in for Discord, for tests that
// drive a real discordgo Session: an HTTP server for the REST API that
// records every request, and a gateway that speaks the websocket protocol
// (Hello, Identify, READY, Resume, heartbeats, dispatches) in text frames.
package fakediscord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// IDs that the fake gives the bot.
const (
	AppID     = "100000000000000001"
	BotID     = "100000000000000002"
	SessionID = "fake-session"
)

// Request is one REST call received.
type Request struct {
	Method string
	Path   string
	Body   json.RawMessage // nil when the request had none
}

// Decode unmarshals the request's JSON body into v.
func (r Request) Decode(v any) error {
	if err := json.Unmarshal(r.Body, v); err != nil {
		return fmt.Errorf("%s %s: %w", r.Method, r.Path, err)
	}
	return nil
}

// Server is a fake Discord. Its zero value is not usable; call New.
type Server struct {
	http     *httptest.Server
	upgrader websocket.Upgrader

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced on every change
	requests   []Request
	failures   map[string]int // "METHOD path" → status to return once
	gw         *gateway       // the current gateway connection
	sessions   int            // READY or RESUMED sent
	identifies []json.RawMessage
	resumes    int
	seq        int64
}

// gateway is one websocket connection; writes are serialized.
type gateway struct {
	mu   sync.Mutex
	conn *websocket.Conn
}

func (g *gateway) send(v any) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.conn.WriteJSON(v)
}

// New starts a fake Discord on a loopback port.
func New() *Server {
	s := &Server{changed: make(chan struct{}), failures: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/gateway/", s.serveGateway)
	mux.HandleFunc("/", s.serveREST)
	s.http = httptest.NewServer(mux)
	return s
}

// URL is the base to give as DISCORD_API_BASE.
func (s *Server) URL() string { return s.http.URL }

// Close stops the server and ends the gateway connection.
func (s *Server) Close() {
	s.mu.Lock()
	gw := s.gw
	s.mu.Unlock()
	if gw != nil {
		gw.conn.Close()
	}
	s.http.CloseClientConnections()
	s.http.Close()
}

// notify wakes the waiters; s.mu must be held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// WaitFor waits until check returns true, rechecking whenever something
// happens on the server, and says whether it did before the timeout.
func (s *Server) WaitFor(timeout time.Duration, check func() bool) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if check() {
			return true
		}
		select {
		case <-ch:
		case <-deadline.C:
			return check()
		}
	}
}

// FailOnce makes the next request with this method and path get status,
// with a JSON error body.
func (s *Server) FailOnce(method, path string, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures[method+" "+path] = status
}

// Requests returns the REST calls received so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// WaitRequests waits until n requests match and returns them, in order.
func (s *Server) WaitRequests(timeout time.Duration, n int, match func(Request) bool) []Request {
	var got []Request
	s.WaitFor(timeout, func() bool {
		got = got[:0]
		for _, r := range s.Requests() {
			if match(r) {
				got = append(got, r)
			}
		}
		return len(got) >= n
	})
	return got
}

// Sessions returns how many times the gateway said READY or RESUMED.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sessions
}

// Connected says whether a gateway connection is open.
func (s *Server) Connected() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gw != nil
}

// Resumes returns how many Resume requests the gateway received.
func (s *Server) Resumes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resumes
}

// Identifies returns the data of every Identify received.
func (s *Server) Identifies() []json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]json.RawMessage(nil), s.identifies...)
}

// Dispatch sends an event (op 0) such as INTERACTION_CREATE on the current
// gateway connection.
func (s *Server) Dispatch(event string, data any) error {
	d, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("dispatch %s: %w", event, err)
	}
	s.mu.Lock()
	gw := s.gw
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	if gw == nil {
		return fmt.Errorf("dispatch %s: no gateway connection", event)
	}
	return gw.send(frame{Op: 0, T: event, S: seq, D: d})
}

// Drop ends the current gateway connection abruptly, as a network failure
// would.
func (s *Server) Drop() {
	s.mu.Lock()
	gw := s.gw
	s.gw = nil
	s.mu.Unlock()
	if gw != nil {
		gw.conn.Close()
	}
}

// frame is a gateway payload.
type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  int64           `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

func raw(v any) json.RawMessage {
	b, _ := json.Marshal(v) // only called with maps of plain values, which always marshal
	return b
}

// serveGateway speaks the gateway protocol on one connection.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	conn, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	gw := &gateway{conn: conn}
	defer func() {
		conn.Close()
		s.mu.Lock()
		if s.gw == gw {
			s.gw = nil
		}
		s.notify()
		s.mu.Unlock()
	}()
	if gw.send(frame{Op: 10, D: raw(map[string]any{"heartbeat_interval": 45000})}) != nil {
		return
	}
	var hello frame
	if conn.ReadJSON(&hello) != nil {
		return
	}
	s.mu.Lock()
	s.seq++
	seq := s.seq
	var reply frame
	switch hello.Op {
	case 2:
		s.identifies = append(s.identifies, hello.D)
		reply = frame{Op: 0, T: "READY", S: seq, D: raw(map[string]any{
			"v":                  9,
			"session_id":         SessionID,
			"resume_gateway_url": "ws://" + r.Host + "/gateway/",
			"user":               map[string]any{"id": BotID, "username": "citebot", "discriminator": "0", "bot": true},
			"application":        map[string]any{"id": AppID, "flags": 0},
			"guilds":             []any{},
			"private_channels":   []any{},
		})}
	case 6:
		s.resumes++
		reply = frame{Op: 0, T: "RESUMED", S: seq, D: raw(map[string]any{})}
	default:
		s.mu.Unlock()
		return
	}
	s.gw = gw
	s.mu.Unlock()
	if gw.send(reply) != nil {
		return
	}
	s.mu.Lock()
	s.sessions++
	s.notify()
	s.mu.Unlock()
	for {
		var f frame
		if err := conn.ReadJSON(&f); err != nil {
			return
		}
		if f.Op == 1 {
			if gw.send(frame{Op: 11, D: raw(nil)}) != nil {
				return
			}
		}
	}
}

// serveREST records a REST call and answers it as Discord would.
func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	req := Request{Method: r.Method, Path: r.URL.Path}
	if len(body) > 0 {
		req.Body = body
	}
	s.mu.Lock()
	s.requests = append(s.requests, req)
	status, fail := s.failures[r.Method+" "+r.URL.Path]
	delete(s.failures, r.Method+" "+r.URL.Path)
	s.notify()
	s.mu.Unlock()

	w.Header().Set("Content-Type", "application/json")
	if fail {
		w.WriteHeader(status)
		fmt.Fprintf(w, `{"message": "fake failure", "code": 0}`)
		return
	}
	p := strings.TrimPrefix(r.URL.Path, "/api/v9")
	switch {
	case r.Method == http.MethodGet && (p == "/gateway" || p == "/gateway/bot"):
		json.NewEncoder(w).Encode(map[string]any{
			"url": "ws://" + r.Host + "/gateway", "shards": 1,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1},
		})
	case r.Method == http.MethodPut && strings.HasSuffix(p, "/commands"):
		var cmds []map[string]any
		if json.Unmarshal(body, &cmds) != nil {
			http.Error(w, `{"message": "bad commands", "code": 50035}`, http.StatusBadRequest)
			return
		}
		for n, c := range cmds {
			c["id"] = fmt.Sprint(200000000000000000 + n)
			c["application_id"] = AppID
			c["version"] = "1"
		}
		json.NewEncoder(w).Encode(cmds)
	case r.Method == http.MethodPost && strings.HasPrefix(p, "/interactions/"):
		w.WriteHeader(http.StatusNoContent)
	case strings.HasPrefix(p, "/webhooks/") || (r.Method == http.MethodPost && strings.HasPrefix(p, "/channels/")):
		s.mu.Lock()
		id := fmt.Sprint(300000000000000000 + len(s.requests))
		s.mu.Unlock()
		json.NewEncoder(w).Encode(map[string]any{"id": id, "channel_id": "0", "content": "", "embeds": []any{}})
	default:
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, `{"message": "404: Not Found", "code": 0}`)
	}
}
