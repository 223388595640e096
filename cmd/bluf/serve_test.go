package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServeRefusesNonLoopbackWithoutToken(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", "[::]:0"} {
		code, _, errs := cli(t, "", "serve", "--db", "memory:", "--addr", addr)
		if code != 1 || !strings.Contains(errs, "without a token") {
			t.Errorf("bluf serve --addr %s = exit %d %q, want 1 and a refusal", addr, code, errs)
		}
	}
	if code, _, errs := cli(t, "", "serve", "--db", "memory:", "extra"); code != 2 {
		t.Errorf("bluf serve extra = exit %d %q, want 2", code, errs)
	}
}

// TestServeRuns starts bluf serve on a free loopback port, checks that
// it answers with the token required, and stops it by cancelling its
// context as SIGTERM does.
func TestServeRuns(t *testing.T) {
	for _, db := range []string{"memory:", filepath.Join(t.TempDir(), "corpus.db")} {
		t.Run(filepath.Base(db), func(t *testing.T) { testServeRuns(t, db) })
	}
}

func testServeRuns(t *testing.T, db string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errs := &syncBuffer{}
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: errs, getenv: func(k string) string {
		if k == "BLUF_TOKEN" {
			return "tok-123"
		}
		return ""
	}}
	done := make(chan int, 1)
	go func() { done <- runContext(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, e) }()
	addr := regexp.MustCompile(`serving http://([0-9.:]+)/`)
	var base string
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(errs.String()); m != nil {
			base = "http://" + m[1]
			break
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("bluf serve did not start: %s (exit %v)", errs.String(), <-done)
	}
	if _, _, err := net.SplitHostPort(strings.TrimPrefix(base, "http://")); err != nil {
		t.Fatal(err)
	}
	res, err := http.Get(base + "/api/documents")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusUnauthorized {
		t.Errorf("GET /api/documents without the BLUF_TOKEN = %d, want 401", res.StatusCode)
	}
	req, _ := http.NewRequest("GET", base+"/api/documents", nil)
	req.Header.Set("Authorization", "Bearer tok-123")
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("GET /api/documents with the token = %d, want 200", res.StatusCode)
	}
	// The real pipeline behind the server: add an article, read its
	// report page and the brief.
	article, err := os.ReadFile("../../server/testdata/sahel.txt")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]string{"text": string(article), "name": "sahel.txt"})
	call := func(method, path string, body []byte) (int, []byte) {
		t.Helper()
		req, _ := http.NewRequest(method, base+path, bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer tok-123")
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, b
	}
	code, out := call("POST", "/api/documents", body)
	var added struct{ ID, Status string }
	if json.Unmarshal(out, &added); code != http.StatusCreated || added.ID == "" {
		t.Fatalf("POST /api/documents = %d %s, want 201", code, out)
	}
	for _, p := range []string{"/doc/" + added.ID, "/api/documents/" + added.ID + "/report?format=md", "/brief", "/api/brief?format=json"} {
		if code, out := call("GET", p, nil); code != http.StatusOK {
			t.Errorf("GET %s = %d %.300s, want 200", p, code, out)
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("bluf serve after SIGTERM = exit %d (%s), want 0", code, errs.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("bluf serve did not stop")
	}
}
