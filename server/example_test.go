package server_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"

	"bluf"
	"bluf/server"
	"bluf/store/memory"
)

// wordCounter stands in for the analysis pipeline (server.Pipeline in a
// real program).
type wordCounter struct{}

func (wordCounter) Ingest(ctx context.Context, sub server.Submission) (*bluf.Report, error) {
	body := string(sub.Raw)
	title, _, _ := strings.Cut(body, "\n")
	return &bluf.Report{Schema: bluf.SchemaID, ID: fmt.Sprintf("%016x", len(body)), Title: title, Body: body}, nil
}

func Example() {
	srv, err := server.New(server.Config{Store: memory.New(), Ingest: wordCounter{}})
	if err != nil {
		panic(err)
	}
	// A real program calls srv.Serve(ctx, listener), which refuses a
	// non-loopback listener unless Config.Token is set.
	req := httptest.NewRequest("POST", "/api/documents", strings.NewReader(`{"text": "Ferry service resumes\nThe ferry to the islands runs again."}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, req)
	fmt.Println(rec.Code, rec.Header().Get("Location"))

	rec = httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/api/documents/000000000000003a/entities", nil))
	fmt.Print(rec.Code, " ", rec.Body.String())
	// Output:
	// 201 /api/documents/000000000000003a
	// 200 []
}
