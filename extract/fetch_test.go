package extract

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"runtime"
	"strings"
	"testing"
	"time"

	"bluf"
)

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/article.txt", func(w http.ResponseWriter, r *http.Request) {
		if ua := r.Header.Get("User-Agent"); ua != "bluf/"+bluf.Version+" (+offline assessment tool)" {
			http.Error(w, "bad agent "+ua, http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, article)
	})
	mux.HandleFunc("/latin1.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		fmt.Fprint(w, "R\xe9fugi\xe9s au Tchad\n\nLe HCR a d\xe9clar\xe9 mardi que plus de dix mille r\xe9fugi\xe9s soudanais sont arriv\xe9s \xe0 Adr\xe9 en une semaine, fuyant les combats au Darfour.\n")
	})
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, htmlArticle)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		chunk := strings.Repeat("word ", 1000)
		for i := 0; i < 1000; i++ { // 5 MB, chunked: no Content-Length
			if _, err := fmt.Fprint(w, chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/toftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.org/x", http.StatusFound)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page", http.StatusMovedPermanently)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFetch(t *testing.T) {
	srv := newServer(t)
	ctx := context.Background()
	tests := []struct {
		name  string
		path  string
		opt   Options
		want  error
		msg   string
		final string
	}{
		{name: "ok", path: "/article.txt"},
		{name: "redirect", path: "/moved", final: "/page"},
		{name: "404", path: "/missing", want: ErrFetch, msg: ": 404 Not Found"},
		{name: "scheme redirect", path: "/toftp", want: ErrFetch, msg: "unsupported scheme"},
		{name: "timeout", path: "/slow", opt: Options{Timeout: 200 * time.Millisecond}, want: ErrTimeout, msg: "timed out after 200ms"},
		{name: "too large", path: "/big", opt: Options{MaxBytes: 1 << 20}, want: ErrTooLarge, msg: "more than 1048576 bytes"},
		{name: "redirect loop", path: "/loop", want: ErrFetch, msg: "redirects"},
		{name: "blocked", path: "/article.txt", opt: Options{BlockPrivate: true}, want: ErrBlocked, msg: "address 127.0.0.1 not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := srv.URL + tt.path
			body, ctype, final, err := Fetch(ctx, u, tt.opt)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Fetch(%s) error: %v", u, err)
				}
				if len(body) == 0 || ctype == "" {
					t.Errorf("Fetch(%s) = %d bytes, type %q", u, len(body), ctype)
				}
				if tt.final != "" && final != srv.URL+tt.final {
					t.Errorf("Fetch(%s) final URL = %q, want %q", u, final, srv.URL+tt.final)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Fetch(%s) error = %v, want %v", u, err, tt.want)
			}
			if tt.want == ErrTimeout && !errors.Is(err, ErrFetch) {
				t.Errorf("Fetch(%s) timeout error %v does not match ErrFetch", u, err)
			}
			if !strings.Contains(err.Error(), tt.msg) || !strings.HasPrefix(err.Error(), "fetch "+u+": ") {
				t.Errorf("Fetch(%s) error = %q, want \"fetch %s: ...%s...\"", u, err, u, tt.msg)
			}
		})
	}
}

// TestFetchNoLeak checks that fetches with the default client leave no
// goroutines behind (idle keep-alive connections).
func TestFetchNoLeak(t *testing.T) {
	srv := newServer(t)
	before := runtime.NumGoroutine()
	for i := 0; i < 20; i++ {
		if _, _, _, err := Fetch(context.Background(), srv.URL+"/article.txt", Options{}); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before+2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before+2 {
		t.Errorf("%d goroutines after 20 fetches, %d before", n, before)
	}
}

func TestFetchScheme(t *testing.T) {
	for _, u := range []string{"file:///etc/passwd", "ftp://example.org/x", "http://"} {
		if _, _, _, err := Fetch(context.Background(), u, Options{}); err == nil {
			t.Errorf("Fetch(%q): no error", u)
		}
	}
}

func TestReadURL(t *testing.T) {
	srv := newServer(t)
	doc, err := Read(context.Background(), srv.URL+"/page", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Niger junta expels foreign monitors" || strings.Contains(doc.Body, "<p>") {
		t.Errorf("Read(URL HTML) = title %q body %.60q", doc.Title, doc.Body)
	}
	doc, err = Read(context.Background(), srv.URL+"/article.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Sudanese army says it retook bridge in Omdurman" {
		t.Errorf("Read(URL text) title = %q", doc.Title)
	}
}

func TestReadURLCharset(t *testing.T) {
	srv := newServer(t)
	doc, err := Read(context.Background(), srv.URL+"/latin1.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Réfugiés au Tchad" || !strings.Contains(doc.Body, "soudanais sont arrivés à Adré") {
		t.Errorf("Read(latin-1 text) = title %q, body %q", doc.Title, doc.Body)
	}
}

func TestPublicAddr(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"8.8.8.8", true},
		{"2a00:1450:4001:80b::200e", true},
		{"127.0.0.1", false},
		{"::1", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"192.168.1.1", false},
		{"fd00::1", false},
		{"169.254.169.254", false},
		{"fe80::1", false},
		{"0.0.0.0", false},
		{"::", false},
		{"224.0.0.1", false},
		{"ff02::1", false},
		{"100.64.0.1", false},
		{"100.127.255.254", false},
		{"100.128.0.1", true},
		{"::ffff:127.0.0.1", false},
		{"::ffff:10.0.0.1", false},
		{"255.255.255.255", false},
	}
	for _, tt := range tests {
		if got := PublicAddr(netip.MustParseAddr(tt.addr)); got != tt.want {
			t.Errorf("PublicAddr(%s) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}
