package server

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"bluf"
	"bluf/extract"
	"bluf/report"
	"bluf/store"
)

// route is one entry of the router. The OpenAPI file lists exactly the
// routes under /api/ (a test checks it).
type route struct {
	method, pattern string
	h               http.Handler
}

func (s *Server) routeTable() []route {
	hf := func(f func(http.ResponseWriter, *http.Request)) http.Handler { return http.HandlerFunc(f) }
	return []route{
		// Pages.
		{"GET", "/{$}", hf(s.pageList)},
		{"GET", "/add", hf(s.pageAdd)},
		{"POST", "/add", hf(s.pageAddPost)},
		{"GET", "/doc/{id}", hf(s.pageReport)},
		{"GET", "/brief", hf(s.pageBrief)},
		{"GET", "/login", hf(s.pageLogin)},
		{"POST", "/login", hf(s.pageLoginPost)},
		{"GET", "/assets/", assetHandler()},
		{"GET", "/favicon.ico", hf(favicon)},
		// Anything else: a 404 in the style of the path (page or JSON).
		{"GET", "/", hf(func(w http.ResponseWriter, r *http.Request) {
			s.fail(w, r, http.StatusNotFound, "no such page: "+r.URL.Path)
		})},

		// API.
		{"GET", "/api/openapi.json", hf(s.apiOpenAPI)},
		{"GET", "/api/documents", hf(s.apiList)},
		{"POST", "/api/documents", hf(s.apiAdd)},
		{"GET", "/api/documents/{id}", hf(s.apiGet)},
		{"GET", "/api/documents/{id}/report", hf(s.apiReport)},
		{"GET", "/api/documents/{id}/sources", hf(s.apiSources)},
		{"GET", "/api/documents/{id}/entities", hf(s.apiDocEntities)},
		{"GET", "/api/documents/{id}/events", hf(s.apiDocEvents)},
		{"GET", "/api/search", hf(s.apiSearch)},
		{"GET", "/api/entities", hf(s.apiEntities)},
		{"GET", "/api/events", hf(s.apiEvents)},
		{"GET", "/api/brief", hf(s.apiBrief)},
	}
}

// maxListLimit caps the limit query parameter.
const maxListLimit = 1000

var isoDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// filter reads the common query parameters: since, until, publisher,
// entity, topic and limit.
func filter(r *http.Request, defLimit int) (store.Filter, error) {
	q := r.URL.Query()
	f := store.Filter{
		Since:     strings.TrimSpace(q.Get("since")),
		Until:     strings.TrimSpace(q.Get("until")),
		Publisher: strings.TrimSpace(q.Get("publisher")),
		Entity:    strings.TrimSpace(q.Get("entity")),
		Topic:     strings.TrimSpace(q.Get("topic")),
		Limit:     defLimit,
	}
	for _, d := range []string{f.Since, f.Until} {
		if d != "" && !isoDate.MatchString(d) {
			return f, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 {
			return f, fmt.Errorf("limit %q: want a positive integer", l)
		}
		f.Limit = min(n, maxListLimit)
	}
	return f, nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// fail answers an error: JSON under /api/, an HTML page elsewhere.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if status >= 500 {
		s.cfg.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", msg)
	}
	if isAPI(r) {
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	s.renderPage(w, r, status, "error", &errorPage{Status: status, Text: http.StatusText(status), Msg: msg})
}

// failErr answers err with the status errStatus gives it.
func (s *Server) failErr(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.errStatus(err)
	s.fail(w, r, status, msg)
}

// errStatus maps err to an HTTP status and a message for the client.
func (s *Server) errStatus(err error) (int, string) {
	var mbe *http.MaxBytesError
	switch {
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, "no such document"
	case errors.As(err, &mbe), errors.Is(err, extract.ErrTooLarge):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("document larger than %d bytes", s.cfg.MaxUpload)
	case errors.Is(err, extract.ErrBlocked):
		return http.StatusForbidden, err.Error()
	case errors.Is(err, ErrBadSubmission):
		return http.StatusUnprocessableEntity, err.Error()
	case errors.Is(err, extract.ErrFetch):
		return http.StatusBadGateway, err.Error()
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, "timed out"
	case errors.Is(err, context.Canceled):
		return 499, "cancelled" // the client went away
	}
	return http.StatusInternalServerError, err.Error()
}

// submission reads a document submission from a JSON body ({"url"},
// {"text","name"}), a form, or a multipart upload (field "file"). The
// body is limited to MaxUpload plus room for the form's other fields.
func (s *Server) submission(w http.ResponseWriter, r *http.Request) (Submission, error) {
	const overhead = 64 << 10
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUpload+overhead)
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var sub Submission
	switch ct {
	case "application/json":
		var in struct {
			URL  string `json:"url"`
			Text string `json:"text"`
			Name string `json:"name"`
		}
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&in); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return sub, err
			}
			return sub, fmt.Errorf("%w: decode JSON body: %w", ErrBadSubmission, err)
		}
		sub = Submission{URL: strings.TrimSpace(in.URL), Name: in.Name, Raw: []byte(in.Text)}
	case "multipart/form-data":
		if err := r.ParseMultipartForm(s.cfg.MaxUpload + overhead); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return sub, err
			}
			return sub, fmt.Errorf("%w: read form: %w", ErrBadSubmission, err)
		}
		sub = Submission{URL: strings.TrimSpace(r.FormValue("url")), Raw: []byte(r.FormValue("text"))}
		if f, h, err := r.FormFile("file"); err == nil {
			defer f.Close()
			raw, err := io.ReadAll(io.LimitReader(f, s.cfg.MaxUpload+1))
			if err != nil {
				return sub, fmt.Errorf("read upload %s: %w", h.Filename, err)
			}
			if int64(len(raw)) > s.cfg.MaxUpload {
				return sub, &http.MaxBytesError{Limit: s.cfg.MaxUpload}
			}
			if len(raw) > 0 {
				sub = Submission{Name: h.Filename, Raw: raw}
			}
		}
	case "application/x-www-form-urlencoded":
		if err := r.ParseForm(); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return sub, err
			}
			return sub, fmt.Errorf("%w: read form: %w", ErrBadSubmission, err)
		}
		sub = Submission{URL: strings.TrimSpace(r.PostFormValue("url")), Raw: []byte(r.PostFormValue("text"))}
	default:
		return sub, fmt.Errorf("%w: content type %q: want application/json, multipart/form-data or a form", ErrBadSubmission, ct)
	}
	if int64(len(sub.Raw)) > s.cfg.MaxUpload {
		return sub, &http.MaxBytesError{Limit: s.cfg.MaxUpload}
	}
	if sub.URL == "" && len(strings.TrimSpace(string(sub.Raw))) == 0 {
		return sub, fmt.Errorf("%w: give a URL, a text or a file", ErrBadSubmission)
	}
	return sub, nil
}

// addResult is the answer to an added document.
type addResult struct {
	store.AddResult
	Title string            `json:"title"`
	Links map[string]string `json:"links"`
}

// add analyses sub and stores it. A URL already stored is not fetched
// again.
func (s *Server) add(ctx context.Context, sub Submission) (addResult, error) {
	if sub.URL != "" {
		if id, err := s.cfg.Store.Known(ctx, sub.URL, ""); err == nil {
			r, err := s.cfg.Store.Get(ctx, id)
			if err != nil {
				return addResult{}, err
			}
			return withLinks(store.AddResult{ID: id, Status: "duplicate"}, r.Title), nil
		} else if !errors.Is(err, store.ErrNotFound) {
			return addResult{}, err
		}
	}
	if err := s.acquire(ctx); err != nil {
		return addResult{}, err
	}
	r, err := s.cfg.Ingest.Ingest(ctx, sub)
	s.release()
	if err != nil {
		return addResult{}, err
	}
	src := store.Source{URL: sub.URL, Publisher: deref(r.Publisher), Fetched: s.cfg.Now().UTC(), Title: r.Title}
	res, err := s.cfg.Store.Add(ctx, r, src)
	if err != nil {
		return addResult{}, fmt.Errorf("store %s: %w", r.ID, err)
	}
	s.cache.reset()
	// Render the new report now, while its analysis is fresh, so that
	// the first reader does not wait for it.
	if res.Status == store.Added {
		for _, kind := range []string{"page", "json", "md"} {
			if _, err := s.rendered(ctx, res.ID, kind); err != nil {
				s.cfg.Logger.Warn("render new report", "id", res.ID, "kind", kind, "err", err)
			}
		}
	}
	title := r.Title
	if res.ID != r.ID {
		if stored, err := s.cfg.Store.Get(ctx, res.ID); err == nil {
			title = stored.Title
		}
	}
	return withLinks(res, title), nil
}

func withLinks(res store.AddResult, title string) addResult {
	base := "/api/documents/" + res.ID
	return addResult{AddResult: res, Title: title, Links: map[string]string{
		"page":     "/doc/" + res.ID,
		"report":   base + "/report?format=json",
		"markdown": base + "/report?format=md",
		"html":     base + "/report?format=html",
		"entities": base + "/entities",
		"events":   base + "/events",
	}}
}

func (s *Server) apiAdd(w http.ResponseWriter, r *http.Request) {
	sub, err := s.submission(w, r)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	res, err := s.add(r.Context(), sub)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	status := http.StatusOK
	if res.Status == "added" {
		status = http.StatusCreated
		w.Header().Set("Location", "/api/documents/"+res.ID)
	}
	writeJSON(w, status, res)
}

func (s *Server) apiList(w http.ResponseWriter, r *http.Request) {
	f, err := filter(r, 100)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	list, err := s.cfg.Store.List(r.Context(), f)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, nonNil(list))
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		s.fail(w, r, http.StatusBadRequest, "missing query parameter q")
		return
	}
	f, err := filter(r, 50)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	hits, err := s.cfg.Store.Search(r.Context(), q, f)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, nonNil(hits))
}

// get returns the stored report named by the request's {id}.
func (s *Server) get(w http.ResponseWriter, r *http.Request) (*bluf.Report, bool) {
	rep, err := s.cfg.Store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.failErr(w, r, err)
		return nil, false
	}
	return rep, true
}

func (s *Server) apiGet(w http.ResponseWriter, r *http.Request) {
	s.cachedReport(w, r, "json")
}

// apiReport renders the report as md, json or html (?format=, default
// json).
func (s *Server) apiReport(w http.ResponseWriter, r *http.Request) {
	format := cmp.Or(r.URL.Query().Get("format"), "json")
	if format != "md" && format != "json" && format != "html" {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("format %q: want md, json or html", format))
		return
	}
	s.cachedReport(w, r, format)
}

// cachedReport answers the stored report named by the request's {id} in
// format.
func (s *Server) cachedReport(w http.ResponseWriter, r *http.Request, format string) {
	c, err := s.rendered(r.Context(), r.PathValue("id"), format)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	// Clients may keep a rendering and ask whether it changed.
	w.Header().Set("ETag", c.etag)
	w.Header().Set("Cache-Control", "no-cache")
	if etagMatch(r.Header.Get("If-None-Match"), c.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	writeRendered(w, c.contentType, c.csp, c.body)
}

// etagMatch reports whether an If-None-Match header lists etag.
func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}

// rendered returns stored report id rendered as kind ("page" for the
// report page, or the format "md", "json" or "html"): from the cache, or
// rendered once for all the requests asking for it at the same time.
func (s *Server) rendered(ctx context.Context, id, kind string) (*cached, error) {
	// The rendering serves every waiting request: it must not end when
	// the first one's client goes away.
	ctx = context.WithoutCancel(ctx)
	return s.cache.do(kind+" "+id, func() (*cached, error) {
		rep, err := s.cfg.Store.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		if kind == "page" {
			body, err := s.reportPage(ctx, rep, "")
			if err != nil {
				return nil, err
			}
			return &cached{contentType: "text/html; charset=utf-8", body: body}, nil
		}
		var buf bytes.Buffer
		ct, err := renderReport(&buf, rep, kind)
		if err != nil {
			return nil, fmt.Errorf("render report %s as %s: %w", id, kind, err)
		}
		sum := sha256.Sum256(buf.Bytes())
		return &cached{contentType: ct, csp: standaloneCSP(kind, buf.Bytes()), body: buf.Bytes(),
			etag: `"` + hex.EncodeToString(sum[:12]) + `"`}, nil
	})
}

func writeRendered(w http.ResponseWriter, contentType, csp string, body []byte) {
	w.Header().Set("Content-Type", contentType)
	if csp != "" {
		w.Header().Set("Content-Security-Policy", csp)
	}
	w.Write(body)
}

var styleElement = regexp.MustCompile(`(?s)<style>(.*?)</style>`)

// standaloneCSP returns the policy for the self-contained HTML report,
// whose styles are inline: each of its style elements is allowed by its
// hash, and nothing else may load or run. Other formats keep the
// default policy ("").
func standaloneCSP(format string, body []byte) string {
	if format != "html" {
		return ""
	}
	var b strings.Builder
	b.WriteString("default-src 'none'; style-src")
	n := 0
	for _, m := range styleElement.FindAllSubmatch(body, -1) {
		sum := sha256.Sum256(m[1])
		b.WriteString(" 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'")
		n++
	}
	if n == 0 {
		b.WriteString(" 'none'")
	}
	b.WriteString("; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	return b.String()
}

// writeReport answers rep, rendered in format.
func (s *Server) writeReport(w http.ResponseWriter, r *http.Request, rep *bluf.Report, format string) {
	var buf bytes.Buffer
	ct, err := renderReport(&buf, rep, format)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, fmt.Sprintf("render report %s as %s: %v", rep.ID, format, err))
		return
	}
	writeRendered(w, ct, standaloneCSP(format, buf.Bytes()), buf.Bytes())
}

// renderReport writes rep in format (md, html or json) and returns its
// content type.
func renderReport(w io.Writer, rep *bluf.Report, format string) (string, error) {
	switch format {
	case "md":
		return "text/markdown; charset=utf-8", report.Markdown(w, rep, report.Options{})
	case "html":
		return "text/html; charset=utf-8", report.HTML(w, rep, report.Options{})
	}
	return "application/json; charset=utf-8", report.JSON(w, rep)
}

func (s *Server) apiSources(w http.ResponseWriter, r *http.Request) {
	src, err := s.cfg.Store.Sources(r.Context(), r.PathValue("id"))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, nonNil(src))
}

func (s *Server) apiDocEntities(w http.ResponseWriter, r *http.Request) {
	if rep, ok := s.get(w, r); ok {
		writeJSON(w, http.StatusOK, nonNil(rep.Entities))
	}
}

func (s *Server) apiDocEvents(w http.ResponseWriter, r *http.Request) {
	if rep, ok := s.get(w, r); ok {
		writeJSON(w, http.StatusOK, nonNil(rep.Events))
	}
}

// corpusEntity is an entity counted across documents.
type corpusEntity struct {
	ID        string          `json:"id"`
	Name      string          `json:"name"`
	Type      bluf.EntityType `json:"type"`
	Code      string          `json:"code,omitempty"`
	Documents int             `json:"documents"`
	Mentions  int             `json:"mentions"`
	DocIDs    []string        `json:"document_ids"`
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	f, err := filter(r, 500)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	rs, err := s.cfg.Store.Reports(r.Context(), f)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, corpusEntities(rs))
}

func corpusEntities(rs []*bluf.Report) []corpusEntity {
	byID := map[string]*corpusEntity{}
	for _, rep := range rs {
		for _, e := range rep.Entities {
			key := cmp.Or(e.ID, e.Name)
			ce := byID[key]
			if ce == nil {
				ce = &corpusEntity{ID: key, Name: e.Name, Type: e.Type, Code: e.Code}
				byID[key] = ce
			}
			ce.Mentions += e.Mentions
			if !slices.Contains(ce.DocIDs, rep.ID) {
				ce.DocIDs = append(ce.DocIDs, rep.ID)
				ce.Documents++
			}
		}
	}
	out := make([]corpusEntity, 0, len(byID))
	for _, ce := range byID {
		slices.Sort(ce.DocIDs)
		out = append(out, *ce)
	}
	slices.SortFunc(out, func(a, b corpusEntity) int {
		return cmp.Or(cmp.Compare(b.Documents, a.Documents), cmp.Compare(b.Mentions, a.Mentions),
			strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return out
}

// corpusEvent is an event with the document it was coded from.
type corpusEvent struct {
	Document string `json:"document"`
	bluf.Event
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	f, err := filter(r, 500)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	rs, err := s.cfg.Store.Reports(r.Context(), f)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	out := []corpusEvent{}
	for _, rep := range rs {
		for _, e := range rep.Events {
			out = append(out, corpusEvent{Document: rep.ID, Event: e})
		}
	}
	// Dated events in date order, undated ones last.
	slices.SortStableFunc(out, func(a, b corpusEvent) int {
		switch {
		case a.Date == b.Date:
			return cmp.Or(strings.Compare(a.Document, b.Document), strings.Compare(a.ID, b.ID))
		case a.Date == "":
			return 1
		case b.Date == "":
			return -1
		}
		return strings.Compare(a.Date, b.Date)
	})
	writeJSON(w, http.StatusOK, out)
}

// brief builds the brief over the documents matching the request's
// filter.
func (s *Server) brief(w http.ResponseWriter, r *http.Request) (*bluf.Report, store.Filter, bool) {
	f, err := filter(r, 50)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return nil, f, false
	}
	changes := strings.TrimSpace(r.URL.Query().Get("changes_since"))
	if changes != "" && !isoDate.MatchString(changes) {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", changes))
		return nil, f, false
	}
	if s.cfg.Brief == nil {
		s.fail(w, r, http.StatusNotImplemented, "briefs are not available in this build")
		return nil, f, false
	}
	rs, err := s.cfg.Store.Reports(r.Context(), f)
	if err != nil {
		s.failErr(w, r, err)
		return nil, f, false
	}
	if len(rs) == 0 {
		return nil, f, true
	}
	list, err := s.cfg.Store.List(r.Context(), f)
	if err != nil {
		s.failErr(w, r, err)
		return nil, f, false
	}
	stories := make(map[string]string, len(list))
	for _, d := range list {
		stories[d.ID] = d.Story
	}
	if err := s.acquire(r.Context()); err != nil {
		s.failErr(w, r, err)
		return nil, f, false
	}
	b, err := s.cfg.Brief(r.Context(), BriefRequest{Reports: rs, Filter: f, Stories: stories, ChangesSince: changes})
	s.release()
	if err != nil {
		s.failErr(w, r, fmt.Errorf("brief over %d documents: %w", len(rs), err))
		return nil, f, false
	}
	return b, f, true
}

func (s *Server) apiBrief(w http.ResponseWriter, r *http.Request) {
	format := cmp.Or(r.URL.Query().Get("format"), "json")
	if format != "md" && format != "json" && format != "html" {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("format %q: want md, json or html", format))
		return
	}
	b, _, ok := s.brief(w, r)
	if !ok {
		return
	}
	if b == nil {
		s.fail(w, r, http.StatusNotFound, "no documents match")
		return
	}
	s.writeReport(w, r, b, format)
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
