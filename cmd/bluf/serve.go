package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"time"

	"bluf"
	"bluf/brief"
	"bluf/pipeline"
	"bluf/server"
	"bluf/store"
	"bluf/store/memory"
)

type serveOptions struct {
	dbOptions
	addr         string
	token        string
	allowPrivate bool
	maxBytes     int64
	timeout      time.Duration
}

func init() {
	register(&command{
		name:  "serve",
		usage: "serve [flags]",
		short: "serve the web interface and HTTP API",
		long: `serve answers the web interface (documents, reports with clickable
citations, the ACH matrix, event timeline, dyad index and actor network,
the brief, and a form to add articles) and the JSON API described at
/api/openapi.json. Everything it serves is embedded in the binary.

It listens on loopback by default. To listen on any other address give
--token (or set BLUF_TOKEN): every request must then carry it, as
"Authorization: Bearer TOKEN" or by signing in once in the browser
(/login, or any page with ?token=TOKEN). URLs given to the server are not
fetched from loopback, private or link-local addresses unless
--allow-private-urls is set.

--db is the corpus as for the other commands (a SQLite file or a
postgres:// URL; default $BLUF_DB, else ./bluf.db), or memory: for a
corpus kept in memory and lost on exit. SIGINT or SIGTERM shut the
server down gracefully, letting requests in flight finish.`,
		flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			o := &serveOptions{}
			fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
			o.dbOptions.flags(fs)
			fs.StringVar(&o.token, "token", "", "require this access `TOKEN` (default $BLUF_TOKEN); needed off loopback")
			fs.BoolVar(&o.allowPrivate, "allow-private-urls", false, "let URL ingestion fetch loopback, private and link-local addresses")
			fs.Int64Var(&o.maxBytes, "max-bytes", defaultMaxBytes, "refuse documents larger than this many bytes")
			fs.DurationVar(&o.timeout, "timeout", 20*time.Second, "timeout for fetching a URL")
			return func(ctx context.Context, e *env, args []string) error { return runServe(ctx, e, o, args) }
		},
	})
}

func runServe(ctx context.Context, e *env, o *serveOptions, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	if o.token == "" {
		o.token = e.getenv("BLUF_TOKEN")
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err
	}
	// Refuse before opening anything else.
	if err := server.CheckListen(ln.Addr(), o.token); err != nil {
		ln.Close()
		return err
	}
	st, err := o.openServe(ctx, e)
	if err != nil {
		ln.Close()
		return err
	}
	defer st.Close()
	a, err := pipeline.Default()
	if err != nil {
		ln.Close()
		return err
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	srv, err := server.New(server.Config{
		Store: st,
		Ingest: &server.Pipeline{
			Analyzer:     a,
			AllowPrivate: o.allowPrivate,
			MaxBytes:     o.maxBytes,
			Timeout:      o.timeout,
			UserAgent:    userAgent(),
		},
		Brief: func(ctx context.Context, req server.BriefRequest) (*bluf.Report, error) {
			return brief.Build(req.Reports, brief.Options{Topic: req.Filter.Topic, Since: req.ChangesSince, Clusters: req.Stories}), nil
		},
		Token:     o.token,
		MaxUpload: o.maxBytes,
		Logger:    log,
	})
	if err != nil {
		ln.Close()
		return err
	}
	fmt.Fprintf(e.stderr, "bluf: serving http://%s/", ln.Addr())
	if o.token != "" {
		fmt.Fprint(e.stderr, "; sign in with the access token")
	}
	fmt.Fprintln(e.stderr)
	return srv.Serve(ctx, ln)
}

// openServe opens the corpus; "memory:" is an in-memory one.
func (o *serveOptions) openServe(ctx context.Context, e *env) (store.Store, error) {
	if strings.HasPrefix(o.db, "memory:") {
		return memory.New(), nil
	}
	return o.open(ctx, e)
}
