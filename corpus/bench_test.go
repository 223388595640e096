//go:build unix

package corpus

import (
	"context"
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"bluf/pipeline"
	"bluf/store/sqlite"
)

// BenchmarkIngestPipeline measures the ingest target: local plain-text
// articles read, cleaned, analysed by the real pipeline and stored in
// SQLite, with the default parallelism (GOMAXPROCS). It reports docs/s;
// the target is at least 200 on 2 cores. On a machine shared with other
// work the wall-clock rate understates it, so it also reports docs per
// CPU-second of this process (about half the rate two dedicated cores
// reach, as analysis runs in parallel).
func BenchmarkIngestPipeline(b *testing.B) {
	a, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	const n = 400
	for i := 0; i < n; i++ {
		write(&testing.T{}, filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), article(i))
	}
	var total int
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := Ingest(context.Background(), st, a, []string{dir}, Options{}, nil)
		if err != nil || sum.Ingested+sum.NearDuplicates != n {
			b.Fatalf("Ingest = %v, %v", sum, err)
		}
		total += n
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(total)/(cpuTime()-cpu0).Seconds(), "docs/cpu-s")
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
