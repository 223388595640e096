package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"bluf"
	"bluf/store"
)

// Defaults for zero Config fields.
const (
	DefaultMaxUpload      = 10 << 20 // bytes of an uploaded or pasted document
	DefaultRequestTimeout = 60 * time.Second
	DefaultShutdown       = 10 * time.Second
	DefaultCacheBytes     = 64 << 20
)

// ErrNoToken is returned by Serve for a non-loopback listener without a
// token.
var ErrNoToken = errors.New("refusing to serve on a non-loopback address without a token")

// BriefRequest is what a brief is built from: the reports matching the
// request's filter, newest first, and the story cluster of each.
type BriefRequest struct {
	Reports []*bluf.Report
	Filter  store.Filter
	// Stories maps each report's ID to its story cluster in the store.
	Stories map[string]string
	// ChangesSince, an ISO date, asks what documents published on or
	// after it changed in the assessment (query parameter changes_since).
	ChangesSince string
}

// BriefFunc builds a brief; package brief's Build wrapped by the caller.
type BriefFunc func(ctx context.Context, req BriefRequest) (*bluf.Report, error)

// Config configures a Server. Store and Ingest are required.
type Config struct {
	Store  store.Store
	Ingest Ingester
	// Brief builds the brief page and endpoint; nil disables them (they
	// answer 501).
	Brief BriefFunc
	// Token, when set, must accompany every request.
	Token string
	// MaxUpload bounds a submitted document (default DefaultMaxUpload).
	MaxUpload int64
	// RequestTimeout bounds the handling of one request, URL fetch and
	// analysis included (default DefaultRequestTimeout).
	RequestTimeout time.Duration
	// CacheBytes bounds the cache of rendered reports (default
	// DefaultCacheBytes).
	CacheBytes int
	// Now stamps the time a document was added; nil means time.Now.
	Now func() time.Time
	// Logger receives one line per failed request; nil discards.
	Logger *slog.Logger
}

// Server is bluf's HTTP server. Create it with New.
type Server struct {
	cfg     Config
	handler http.Handler
	routes  []route
	pages   *pages
	session string // cookie value proving the token, derived from it
	// sem bounds concurrent analyses: they are CPU-bound.
	sem   chan struct{}
	cache *renderCache
}

// New returns a server for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server.New: no store")
	}
	if cfg.Ingest == nil {
		return nil, errors.New("server.New: no ingester")
	}
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = DefaultMaxUpload
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.CacheBytes <= 0 {
		cfg.CacheBytes = DefaultCacheBytes
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	p, err := loadPages()
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, pages: p, sem: make(chan struct{}, analysisSlots()), cache: newRenderCache(cfg.CacheBytes)}
	if cfg.Token != "" {
		s.session = sessionValue(cfg.Token)
	}
	s.routes = s.routeTable()
	mux := http.NewServeMux()
	for _, rt := range s.routes {
		mux.Handle(rt.method+" "+rt.pattern, rt.h)
	}
	s.handler = s.secure(mux)
	return s, nil
}

// Handler returns the server's root handler, with the security
// middleware applied.
func (s *Server) Handler() http.Handler { return s.handler }

// Serve answers requests on ln until ctx is cancelled, then shuts down
// gracefully, letting requests in flight finish for up to
// DefaultShutdown. It refuses a listener whose address is not loopback
// when no token is configured, and closes ln in every case.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	if err := CheckListen(ln.Addr(), s.cfg.Token); err != nil {
		ln.Close()
		return err
	}
	hs := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       s.cfg.RequestTimeout,
		WriteTimeout:      s.cfg.RequestTimeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), DefaultShutdown)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown %s: %w", ln.Addr(), err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	}
	return nil
}

// CheckListen returns ErrNoToken when addr is not a loopback address and
// token is empty. An unspecified address (0.0.0.0, ::) is not loopback.
func CheckListen(addr net.Addr, token string) error {
	if token != "" {
		return nil
	}
	var ip net.IP
	switch a := addr.(type) {
	case *net.TCPAddr:
		ip = a.IP
	default:
		host, _, err := net.SplitHostPort(addr.String())
		if err != nil {
			return fmt.Errorf("listen %s: %w", addr, ErrNoToken)
		}
		ip = net.ParseIP(host)
	}
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("listen %s: %w (set --token or BLUF_TOKEN)", addr, ErrNoToken)
	}
	return nil
}
