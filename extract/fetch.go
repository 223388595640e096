package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"
)

// Fetch gets rawURL over http(s) and returns at most opt.MaxBytes of its
// body, the response's Content-Type and the URL after redirects. A
// non-2xx status is an error carrying the status ("fetch https://x/y:
// 404 Not Found"); a body above the limit gives ErrTooLarge.
func Fetch(ctx context.Context, rawURL string, opt Options) (body []byte, contentType, finalURL string, err error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, "", "", fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, "", "", fmt.Errorf("fetch %s: unsupported scheme %q: %w", rawURL, u.Scheme, ErrFetch)
	}
	if u.Host == "" {
		return nil, "", "", fmt.Errorf("fetch %s: no host: %w", rawURL, ErrFetch)
	}
	ctx, cancel := context.WithTimeout(ctx, opt.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", "", fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", opt.userAgent())
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	client := opt.Client
	if client == nil {
		client = newClient(opt)
		// The client lives for this fetch only: leave no idle
		// connections (and their goroutines) behind.
		defer client.CloseIdleConnections()
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", "", fmt.Errorf("fetch %s: %w", rawURL, transportError(err, opt.timeout()))
	}
	defer resp.Body.Close()
	finalURL = resp.Request.URL.String()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", finalURL, fmt.Errorf("fetch %s: %w", rawURL, fetchError{errors.New(resp.Status)})
	}
	max := opt.maxBytes()
	if resp.ContentLength > max {
		return nil, "", finalURL, fmt.Errorf("fetch %s: %d bytes, limit %d: %w", rawURL, resp.ContentLength, max, ErrTooLarge)
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, "", finalURL, fmt.Errorf("fetch %s: read body: %w", rawURL, transportError(err, opt.timeout()))
	}
	if int64(len(body)) > max {
		return nil, "", finalURL, fmt.Errorf("fetch %s: more than %d bytes: %w", rawURL, max, ErrTooLarge)
	}
	return body, resp.Header.Get("Content-Type"), finalURL, nil
}

// transportError turns a client error into one that says what went wrong
// without repeating the URL, and that matches ErrBlocked, or ErrFetch
// (and ErrTimeout for a timeout).
func transportError(err error, timeout time.Duration) error {
	switch {
	case errors.Is(err, ErrBlocked):
		var be blockedError
		if errors.As(err, &be) {
			return be
		}
		return ErrBlocked
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		// A timeout is a fetch failure too: it matches ErrFetch as well.
		return fetchError{fmt.Errorf("%w after %v", ErrTimeout, timeout)}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return fetchError{err}
}

func isTimeout(err error) bool {
	var te interface{ Timeout() bool }
	return errors.As(err, &te) && te.Timeout()
}

// fetchError is a transport failure; it matches ErrFetch.
type fetchError struct{ err error }

func (e fetchError) Error() string        { return e.err.Error() }
func (e fetchError) Unwrap() error        { return e.err }
func (e fetchError) Is(target error) bool { return target == ErrFetch }

// newClient returns the default fetching client for opt: no proxy, the
// redirect limit, http(s) only, and the private-address check when asked.
func newClient(opt Options) *http.Client {
	d := &net.Dialer{Timeout: opt.timeout()}
	if opt.BlockPrivate {
		d.Control = blockPrivateControl
	}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          4,
		TLSHandshakeTimeout:   opt.timeout(),
		ResponseHeaderTimeout: opt.timeout(),
	}
	return &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > MaxRedirects {
				return fmt.Errorf("more than %d redirects", MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
}

// blockPrivateControl refuses a connection to an address that is not
// globally routable. It runs on the resolved address just before connect.
func blockPrivateControl(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil || !PublicAddr(ap.Addr()) {
		return blockedError{address}
	}
	return nil
}

// blockedError is a refused dial; it matches ErrBlocked.
type blockedError struct{ addr string }

func (e blockedError) Error() string {
	if ap, err := netip.ParseAddrPort(e.addr); err == nil {
		return fmt.Sprintf("address %s not allowed (not a public address)", ap.Addr())
	}
	return fmt.Sprintf("address %s not allowed", e.addr)
}
func (e blockedError) Is(target error) bool { return target == ErrBlocked }

var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// PublicAddr reports whether a is a globally routable unicast address:
// not loopback, private (RFC 1918, fc00::/7), link-local, unspecified,
// multicast or CGNAT (100.64.0.0/10).
func PublicAddr(a netip.Addr) bool {
	a = a.Unmap()
	switch {
	case !a.IsValid(), a.IsLoopback(), a.IsPrivate(), a.IsLinkLocalUnicast(),
		a.IsLinkLocalMulticast(), a.IsInterfaceLocalMulticast(), a.IsMulticast(),
		a.IsUnspecified(), cgnat.Contains(a):
		return false
	}
	if a.Is4() && a.As4()[0] == 0 { // 0.0.0.0/8 "this network"
		return false
	}
	if a.Is4() && a == netip.AddrFrom4([4]byte{255, 255, 255, 255}) {
		return false
	}
	return true
}
