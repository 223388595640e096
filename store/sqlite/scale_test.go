package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"bluf/brief"
	"bluf/store"
	"bluf/store/storetest"
)

// The scale benchmarks run on a corpus of generated reports. Its size is
// BLUF_BENCH_DOCS (default 2,000, so that CI's single pass stays quick);
// the targets are measured with BLUF_BENCH_DOCS=100000 and
// BLUF_BENCH_DB=/some/file.db, which keeps the built corpus for later
// runs:
//
//	BLUF_BENCH_DOCS=100000 BLUF_BENCH_DB=/tmp/bluf-100k.db \
//	  go test -run '^$' -bench Scale -benchtime 1x ./store/sqlite
func scaleDB(b *testing.B) (*DB, int) {
	n := 2000
	if v := os.Getenv("BLUF_BENCH_DOCS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			b.Fatalf("BLUF_BENCH_DOCS=%q: want a positive number", v)
		}
	}
	path := os.Getenv("BLUF_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "scale.db")
	}
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	have, err := s.Count(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if have < n {
		start := time.Now()
		// Resume where an earlier build stopped (Add skips known URLs).
		// Several writers: generating and encoding a report runs in
		// parallel, only the transaction is serialised.
		const writers = 4
		var next atomic.Int64
		var full atomic.Bool
		next.Store(int64(max(have-100, 0)))
		var wg sync.WaitGroup
		errc := make(chan error, writers)
		for range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := int(next.Add(1) - 1)
					if i >= n*11/10 || full.Load() {
						return
					}
					if i%1000 == 0 {
						c, _ := s.Count(ctx)
						if c >= n {
							full.Store(true)
							return
						}
						if i%10000 == 0 {
							b.Logf("%d reports stored after %v", c, time.Since(start).Round(time.Second))
						}
					}
					r := storetest.FullReport(i)
					if _, err := s.Add(ctx, r, store.Source{URL: fmt.Sprintf("https://example.org/scale/%d", i), Publisher: deref(r.Publisher)}); err != nil {
						errc <- err
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errc)
		if err := <-errc; err != nil {
			b.Fatal(err)
		}
		b.Logf("corpus of %d reports built in %v", n, time.Since(start).Round(time.Second))
	}
	have, _ = s.Count(ctx)
	return s, have
}

// BenchmarkScale measures, on one corpus, listing every document, a
// search, and a brief over 10,000 documents (loading the reports from the
// store and building the brief; the target is under 10 s), with the
// process's peak resident memory (target under 500 MB at 100,000
// documents stored).
func BenchmarkScale(b *testing.B) {
	s, n := scaleDB(b)
	defer s.Close()
	ctx := context.Background()
	b.Logf("%d documents stored", n)
	b.Run("List", func(b *testing.B) {
		for b.Loop() {
			ls, err := s.List(ctx, store.Filter{})
			if err != nil || len(ls) != n {
				b.Fatalf("List = %d summaries, %v; want %d", len(ls), err, n)
			}
		}
		reportMemory(b)
	})
	b.Run("Search", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Search(ctx, "ceasefire talks", store.Filter{Limit: 20}); err != nil {
				b.Fatal(err)
			}
		}
		reportMemory(b)
	})
	b.Run("Brief10k", func(b *testing.B) {
		for b.Loop() {
			rs, err := s.Reports(ctx, store.Filter{Limit: 10000})
			if err != nil {
				b.Fatal(err)
			}
			out := brief.Build(rs, brief.Options{Since: "2025-01-01"})
			if len(out.Documents) != min(n, 10000) || len(out.Hypotheses) == 0 {
				b.Fatalf("brief over %d documents has %d rows, %d hypotheses", len(rs), len(out.Documents), len(out.Hypotheses))
			}
		}
		reportMemory(b)
	})
}

// reportMemory reports the heap in use after a collection and the peak
// resident set size of the process so far (Linux only).
func reportMemory(b *testing.B) {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapInuse)/(1<<20), "heap-MB")
	if hwm := peakRSS(); hwm > 0 {
		b.ReportMetric(hwm/(1<<20), "peak-RSS-MB")
	}
}

func peakRSS() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			if err == nil {
				return kb * 1024
			}
		}
	}
	return 0
}
