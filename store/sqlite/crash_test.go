package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"bluf"
	"bluf/store"
	"bluf/store/storetest"
)

// crashEnv names the database a re-executed test binary ingests into until
// it is killed; crashStart is the first generated article it adds.
const (
	crashEnv   = "BLUF_TEST_CRASH_DB"
	crashStart = "BLUF_TEST_CRASH_START"
)

// TestMain lets the test binary act as the child of TestKill9: with
// crashEnv set it adds generated reports in a loop and never returns.
func TestMain(m *testing.M) {
	if path := os.Getenv(crashEnv); path != "" {
		crashChild(path)
		os.Exit(2) // crashChild only returns on error
	}
	os.Exit(m.Run())
}

func crashChild(path string) {
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return
	}
	var start int
	fmt.Sscan(os.Getenv(crashStart), &start)
	for i := start; ; i++ {
		r := storetest.FullReport(i)
		src := store.Source{URL: fmt.Sprintf("https://example.org/crash/%d", i), Publisher: deref(r.Publisher)}
		if _, err := s.Add(ctx, r, src); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			return
		}
		fmt.Println("added", i) // the parent counts these before it kills
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// TestKill9 kills a process with SIGKILL in the middle of ingesting,
// several times, and checks after each kill that the database passes
// SQLite's integrity check and that every stored document is complete:
// its report, sentences, entities, events and search index all there.
func TestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	ctx := context.Background()
	next := 0
	for round := range 4 {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), crashEnv+"="+path, fmt.Sprintf("%s=%d", crashStart, next))
		cmd.Stderr = os.Stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Let it store some documents however slow the machine, then
		// kill it a little later, at a different moment each round, in
		// the middle of a transaction more often than not.
		sc := bufio.NewScanner(out)
		for n := 0; n < 20+15*round && sc.Scan(); n++ {
		}
		time.Sleep(time.Duration(3*round) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		err = cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("round %d: child ended by itself (%v) instead of being killed", round, err)
		}

		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("round %d: open after kill: %v", round, err)
		}
		var check string
		if err := s.SQL().QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
			t.Fatalf("round %d: integrity_check = %q, %v; want ok", round, check, err)
		}
		n, err := s.Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		sums, err := s.List(ctx, store.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(sums) != n {
			t.Fatalf("round %d: List gives %d documents, Count %d", round, len(sums), n)
		}
		for _, sum := range sums {
			got, err := s.Get(ctx, sum.ID)
			if err != nil {
				t.Fatalf("round %d: Get(%s): %v", round, sum.ID, err)
			}
			checkComplete(t, s, got)
		}
		var fts int
		if err := s.SQL().QueryRowContext(ctx, `SELECT count(*) FROM documents_fts`).Scan(&fts); err != nil || fts != n {
			t.Errorf("round %d: %d rows in the search index for %d documents (%v)", round, fts, n, err)
		}
		t.Logf("round %d: %d documents intact after SIGKILL", round, n)
		s.Close()
		// The next child resumes where the stored documents end, as a
		// re-run of ingest would (Known skips what is there).
		next = n
	}
	if next == 0 {
		t.Fatal("no document was stored in any round; the test proves nothing")
	}
}

// checkComplete compares a stored report with the one the generator
// makes for it.
func checkComplete(t *testing.T, s *DB, got *bluf.Report) {
	t.Helper()
	// The original source's URL carries the generator's number.
	srcs, err := s.Sources(context.Background(), got.ID)
	if err != nil || len(srcs) == 0 {
		t.Fatalf("Sources(%s) = %v, %v", got.ID, srcs, err)
	}
	var n int
	if _, err := fmt.Sscanf(srcs[0].URL, "https://example.org/crash/%d", &n); err != nil {
		t.Fatalf("source URL %q: %v", srcs[0].URL, err)
	}
	want := storetest.FullReport(n)
	if got.ID != want.ID || len(got.Sentences) != len(want.Sentences) || len(got.Entities) != len(want.Entities) ||
		len(got.Events) != len(want.Events) || len(got.ACH.Evidence) != len(want.ACH.Evidence) {
		t.Errorf("document %s incomplete: %d sentences, %d entities, %d events, %d evidence rows; want %d, %d, %d, %d",
			got.ID, len(got.Sentences), len(got.Entities), len(got.Events), len(got.ACH.Evidence),
			len(want.Sentences), len(want.Entities), len(want.Events), len(want.ACH.Evidence))
	}
}
