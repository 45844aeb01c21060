package discord

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// discordHost is the host that discordgo sends every REST call to.
const discordHost = "discord.com"

// rewrite sends requests for discord.com to another base URL instead,
// keeping their path, so that one Session can talk to a stand-in without
// changing discordgo's package-wide endpoint variables.
type rewrite struct {
	base *url.URL
	next http.RoundTripper
}

// newClient returns an HTTP client for discordgo that sends its REST calls
// to apiBase, or to Discord when apiBase is empty.
func newClient(apiBase string) (*http.Client, error) {
	c := &http.Client{Timeout: restTimeout}
	if apiBase == "" {
		return c, nil
	}
	u, err := url.Parse(apiBase)
	if err != nil {
		return nil, fmt.Errorf("DISCORD_API_BASE: %w", err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("DISCORD_API_BASE %q: want an http(s) URL such as https://discord.com", apiBase)
	}
	c.Transport = &rewrite{base: u, next: http.DefaultTransport}
	return c, nil
}

// RoundTrip implements http.RoundTripper.
func (t *rewrite) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host != discordHost {
		return t.next.RoundTrip(req)
	}
	r := req.Clone(req.Context())
	r.URL.Scheme = t.base.Scheme
	r.URL.Host = t.base.Host
	r.URL.Path = strings.TrimSuffix(t.base.Path, "/") + req.URL.Path
	if req.URL.RawPath != "" {
		r.URL.RawPath = strings.TrimSuffix(t.base.EscapedPath(), "/") + req.URL.RawPath
	}
	r.Host = ""
	return t.next.RoundTrip(r)
}
