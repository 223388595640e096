package server

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"bluf"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/chromedp"
)

// chromiumPath returns the browser for the end-to-end tests: $BLUF_CHROMIUM
// or /usr/bin/chromium. Without one the test is skipped, except in CI
// (CI=true), where it fails: run .ci/chromium.sh to install it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	p := os.Getenv("BLUF_CHROMIUM")
	if p == "" {
		p = "/usr/bin/chromium"
	}
	if _, err := exec.LookPath(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no Chromium at %s in CI: run .ci/chromium.sh and eval its output", p)
		}
		t.Skipf("no Chromium at %s (set BLUF_CHROMIUM or run .ci/chromium.sh)", p)
	}
	return p
}

// browser starts a headless Chromium and returns its context and a
// function returning the problems seen so far: uncaught exceptions,
// console errors and browser log errors, which include CSP violations.
func browser(t *testing.T, ctx context.Context) (context.Context, func() []string) {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1400, 1000),
	)
	enableLog := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, log.Enable, cdp.Empty{})
		return err
	})
	// Start the browser; on a loaded machine the first start can time
	// out, so try twice.
	var bctx context.Context
	var err error
	for attempt := 1; attempt <= 2; attempt++ {
		actx, cancelAlloc := chromedp.NewExecAllocator(ctx, append(opts, chromedp.UserDataDir(t.TempDir()))...)
		var cancelBrowser context.CancelFunc
		bctx, cancelBrowser = chromedp.NewContext(actx)
		if err = chromedp.Do(bctx, enableLog); err == nil {
			t.Cleanup(func() { cancelBrowser(); cancelAlloc() })
			break
		}
		cancelBrowser()
		cancelAlloc()
		t.Logf("start Chromium (attempt %d): %v", attempt, err)
	}
	if err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	var mu sync.Mutex
	var problems []string
	messages := chromedp.Console(bctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				if strings.Contains(m.Text+m.URL, "favicon") {
					continue
				}
				mu.Lock()
				problems = append(problems, fmt.Sprintf("%s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line))
				mu.Unlock()
			}
		}
	}()
	return bctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), problems...)
	}
}

// serve runs ts on a loopback port until the test ends and returns its
// base URL.
func (ts *testServer) serve(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ts.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// screenshot saves png in the test's temporary directory and, when
// BLUF_SCREENSHOT_DIR is set, there too.
func screenshot(t *testing.T, dir, name string, png []byte) {
	t.Helper()
	dirs := []string{dir}
	if d := os.Getenv("BLUF_SCREENSHOT_DIR"); d != "" {
		dirs = append(dirs, d)
	}
	for _, d := range dirs {
		p := filepath.Join(d, name)
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Errorf("save screenshot: %v", err)
			continue
		}
		t.Logf("screenshot: %s", p)
	}
}

// docID returns the document ID of a report page's URL.
func docID(loc string) string {
	_, id, _ := strings.Cut(loc, "/doc/")
	id, _, _ = strings.Cut(id, "?")
	return id
}

// TestBrowser drives the UI in headless Chromium: add an article through
// the form, open its report, click a citation and check that the cited
// sentence is highlighted; the charts and the network must have drawn
// and the page must run without errors under its CSP.
func TestBrowser(t *testing.T) {
	ts := newTestServer(t, func(c *Config) {
		c.Brief = func(_ context.Context, req BriefRequest) (*bluf.Report, error) { return fakeBrief(req), nil }
	})
	base := ts.serve(t)
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Second)
	defer cancel()
	bctx, problems := browser(t, ctx)
	shots := t.TempDir()

	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	fail := func(step string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v (page problems: %q)", step, err, problems())
		}
	}
	fail("open the list and the form", chromedp.Do(bctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(css(".empty")),
		chromedp.Click(css(`.topbar a[href="/add"]`)),
		chromedp.WaitVisible(css("#text")),
		chromedp.SetValue(css("#text"), example(t, "sahel.txt")),
	))
	addPNG, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	fail("screenshot the form", err)
	fail("submit the form", chromedp.Do(bctx,
		chromedp.Click(css("#submit-text")),
		chromedp.WaitVisible(css("#sec-bluf")),
	))
	loc, err := chromedp.Run(bctx, chromedp.Location())
	fail("location", err)
	notice, err := chromedp.Run(bctx, chromedp.Text(css("#notice")))
	fail("notice", err)

	// Click the first citation of the BLUF.
	const cite = "#sec-bluf .judgment a.cite"
	attr, err := chromedp.Run(bctx, chromedp.AttributeValue(css(cite), "data-s"))
	fail("citation", err)
	citeID := attr.Value
	fail("click the citation", chromedp.Do(bctx,
		chromedp.Click(css(cite)),
		chromedp.WaitVisible(css(".sent.hl")),
	))
	hlID, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.querySelector('.sent.hl').id`))
	fail("highlighted id", err)
	hlText, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.querySelector('.sent.hl').textContent`))
	fail("highlighted text", err)
	hlBG, err := chromedp.Run(bctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector('.sent.hl')).backgroundColor`))
	fail("highlight colour", err)
	inView, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`(function(){var r=document.querySelector('.sent.hl').getBoundingClientRect();return r.top>=0&&r.bottom<=innerHeight;})()`))
	fail("highlight in view", err)
	charts, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`!!(window.Chart&&Chart.getChart('timeline')&&Chart.getChart('dyads')&&
		Chart.getChart('timeline').data.datasets.some(function(d){return d.type==='line'}))`))
	fail("charts", err)
	network, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`!!document.querySelector('#network canvas')`))
	fail("network", err)
	fail("settle", chromedp.Do(bctx, chromedp.Sleep(300*time.Millisecond)))
	reportPNG, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
	fail("screenshot the report", err)
	fullPNG, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	fail("screenshot the whole report", err)

	// The standalone HTML report renders under its own, hashed policy.
	fail("standalone report", chromedp.Do(bctx,
		chromedp.Navigate(base+"/api/documents/"+docID(loc)+"/report?format=html"),
		chromedp.WaitVisible(css("body")),
	))
	styled, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0`))
	fail("standalone styles", err)
	if !styled {
		t.Error("the standalone HTML report has no style applied")
	}

	// The brief: its citations name document and sentence (DOC:s1), and
	// highlight the quoted evidence.
	fail("brief", chromedp.Do(bctx,
		chromedp.Navigate(base+"/brief"),
		chromedp.WaitVisible(css("#sec-bluf .judgment a.cite")),
		chromedp.Click(css("#sec-bluf .judgment a.cite")),
		chromedp.WaitVisible(css(".sent.hl")),
	))
	briefHL, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.querySelector('.sent.hl').id`))
	fail("brief highlight", err)
	if want := docID(loc) + ":s1"; briefHL != want {
		t.Errorf("brief: highlighted %q, want %q", briefHL, want)
	}
	briefPNG, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
	fail("screenshot the brief", err)

	fail("back to the list", chromedp.Do(bctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(css("table.docs"))))
	listPNG, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	fail("screenshot the list", err)
	fail("phone-sized report", chromedp.Do(bctx,
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(loc),
		chromedp.WaitVisible(css("#sec-bluf")),
	))
	mobilePNG, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
	fail("screenshot the phone-sized report", err)

	if !strings.Contains(loc, "/doc/") {
		t.Errorf("after submitting the form the browser is at %s, want a report page", loc)
	}
	if !strings.Contains(notice, "added") {
		t.Errorf("notice = %q, want the document added", notice)
	}
	if citeID == "" || hlID != citeID {
		t.Errorf("highlighted sentence = %q, want the cited %q", hlID, citeID)
	}
	if !strings.Contains(example(t, "sahel.txt"), strings.TrimSpace(hlText)) || hlText == "" {
		t.Errorf("highlighted text %q is not a sentence of the article", hlText)
	}
	if hlBG == "" || hlBG == "rgba(0, 0, 0, 0)" || hlBG == "transparent" {
		t.Errorf("highlighted sentence background = %q, want a highlight colour", hlBG)
	}
	if !inView {
		t.Error("highlighted sentence was not scrolled into view")
	}
	if !charts {
		t.Error("the timeline (with the dyad index trend) and dyad charts were not drawn")
	}
	if !network {
		t.Error("the actor network was not drawn")
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("page errors (CSP violations or script errors): %q", p)
	}
	screenshot(t, shots, "add.png", addPNG)
	screenshot(t, shots, "report.png", reportPNG)
	screenshot(t, shots, "report-full.png", fullPNG)
	screenshot(t, shots, "list.png", listPNG)
	screenshot(t, shots, "brief.png", briefPNG)
	screenshot(t, shots, "report-mobile.png", mobilePNG)
}
