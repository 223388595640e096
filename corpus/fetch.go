package corpus

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	"bluf/extract"
)

// fetchHTTP is a plain HTTP GET honouring opt's client, timeout, size
// limit and user agent: the default FetchFunc.
func fetchHTTP(ctx context.Context, u string, opt extract.Options) ([]byte, string, string, error) {
	timeout := opt.Timeout
	if timeout <= 0 {
		timeout = 20 * time.Second
	}
	limit := opt.MaxBytes
	if limit <= 0 {
		limit = 10 << 20
	}
	client := opt.Client
	if client == nil {
		client = &http.Client{Timeout: timeout}
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", "", fmt.Errorf("fetch %s: %w", u, err)
	}
	ua := opt.UserAgent
	if ua == "" {
		ua = "bluf (+https://example.invalid/bluf)"
	}
	req.Header.Set("User-Agent", ua)
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", "", fmt.Errorf("fetch: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", "", fmt.Errorf("fetch %s: HTTP %s", u, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, "", "", fmt.Errorf("fetch %s: %w", u, err)
	}
	if int64(len(b)) > limit {
		return nil, "", "", fmt.Errorf("fetch %s: larger than %d bytes", u, limit)
	}
	return b, resp.Header.Get("Content-Type"), resp.Request.URL.String(), nil
}
