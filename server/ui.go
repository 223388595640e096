package server

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"bluf"
	"bluf/store"
)

//go:embed templates/*.tmpl
var templateFS embed.FS

//go:embed assets
var assetFS embed.FS

//go:embed openapi.json
var openAPI []byte

// pages holds one parsed template per page.
type pages struct {
	t map[string]*template.Template
}

var pageFiles = map[string][]string{
	"list":   {"list.tmpl"},
	"add":    {"add.tmpl"},
	"report": {"report.tmpl", "assessment.tmpl"},
	"brief":  {"brief.tmpl", "assessment.tmpl"},
	"login":  {"login.tmpl"},
	"error":  {"error.tmpl"},
}

var funcs = template.FuncMap{
	"linkify":     linkify,
	"asset":       asset,
	"citeLabel":   citeLabel,
	"shortDoc":    shortDoc,
	"f1":          func(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) },
	"f2":          func(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) },
	"label":       label,
	"ratingClass": func(r string) string { return strings.ToLower(cmpOr(r, "na")) },
	"ratingName":  ratingName,
	"gsClass":     gsClass,
	"join":        strings.Join,
	"list":        func(s ...string) []string { return s },
	"minus":       func(a, b int) int { return a - b },
	"facetURL":    facetURL,
	"first": func(s []string, n int) []string {
		if len(s) > n {
			return s[:n]
		}
		return s
	},
	"isURL": func(s string) bool {
		return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
	},
	"gapsOf": func(r *bluf.Report, section string) []bluf.Gap {
		var out []bluf.Gap
		for _, g := range r.Gaps {
			if g.Section == section {
				out = append(out, g)
			}
		}
		return out
	},
	"otherGaps": func(r *bluf.Report) []bluf.Gap {
		var out []bluf.Gap
		for _, g := range r.Gaps {
			switch g.Section {
			case "bluf", "hypotheses", "assumptions", "risks", "outlook", "entities", "tags":
			default:
				out = append(out, g)
			}
		}
		return out
	},
	"scen": func(name, key string, s bluf.Scenario) any {
		return struct {
			Name, Key string
			S         bluf.Scenario
		}{name, key, s}
	},
	"pair": func(name string, items []bluf.Item) any {
		return struct {
			Name  string
			Items []bluf.Item
		}{name, items}
	},
}

// assetVersions maps an asset path ("app.js") to the first hex digits of
// the hash of its content, so that a new build's assets are not taken
// from a browser's cache of the old ones.
var assetVersions = func() map[string]string {
	m := map[string]string{}
	fs.WalkDir(assetFS, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := assetFS.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		m[strings.TrimPrefix(p, "assets/")] = hex.EncodeToString(sum[:4])
		return nil
	})
	return m
}()

// asset returns the versioned URL of an embedded asset.
func asset(name string) string {
	return "/assets/" + name + "?v=" + assetVersions[name]
}

func loadPages() (*pages, error) {
	base, err := template.New("base").Funcs(funcs).ParseFS(templateFS, "templates/base.tmpl")
	if err != nil {
		return nil, fmt.Errorf("parse templates/base.tmpl: %w", err)
	}
	p := &pages{t: map[string]*template.Template{}}
	for name, files := range pageFiles {
		t := template.Must(base.Clone())
		for _, f := range files {
			if t, err = t.ParseFS(templateFS, "templates/"+f); err != nil {
				return nil, fmt.Errorf("parse templates/%s: %w", f, err)
			}
		}
		p.t[name] = t
	}
	return p, nil
}

// pageData is what the base template renders around a page.
type pageData struct {
	Name    string
	Version string
	Data    any
}

// renderPage renders a page and answers it with status.
func (s *Server) renderPage(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	if body, ok := s.page(w, r, name, data); ok {
		writePage(w, status, body)
	}
}

// page renders a page into a buffer, so that a template error gives a
// clean 500 rather than half a page; on error it answers the 500 and
// returns false.
func (s *Server) page(w http.ResponseWriter, r *http.Request, name string, data any) ([]byte, bool) {
	var buf bytes.Buffer
	err := s.pages.t[name].ExecuteTemplate(&buf, "base", pageData{Name: name, Version: bluf.Version, Data: data})
	if err != nil {
		s.cfg.Logger.Error("render page", "page", name, "path", r.URL.Path, "err", err)
		if name != "error" {
			s.renderPage(w, r, http.StatusInternalServerError, "error",
				&errorPage{Status: 500, Text: http.StatusText(500), Msg: "the page could not be rendered"})
		} else {
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
		return nil, false
	}
	return buf.Bytes(), true
}

func writePage(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(body)
}

type errorPage struct {
	Status    int
	Text, Msg string
}

type listPage struct {
	Q        string
	Filter   store.Filter
	Filtered bool
	Total    int
	Rows     []listRow
	Error    string
	// Entities and Publishers are the most frequent among the listed
	// documents, offered as one-click filters.
	Entities   []corpusEntity
	Publishers []facet
}

type facet struct {
	Name  string
	Count int
}

// facetDocs bounds the documents whose entities the list page counts.
const facetDocs = 100

type listRow struct {
	store.Summary
	Snippet string
}

func (s *Server) pageList(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	p := &listPage{Q: strings.TrimSpace(r.URL.Query().Get("q"))}
	f, err := filter(r, 200)
	p.Filter = f
	p.Filtered = p.Q != "" || f.Since != "" || f.Until != "" || f.Publisher != "" || f.Entity != "" || f.Topic != ""
	if err != nil {
		p.Error = err.Error()
		s.renderPage(w, r, http.StatusBadRequest, "list", p)
		return
	}
	if p.Q != "" {
		hits, err := s.cfg.Store.Search(ctx, p.Q, f)
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		for _, h := range hits {
			p.Rows = append(p.Rows, listRow{Summary: h.Summary, Snippet: h.Snippet})
		}
	} else {
		list, err := s.cfg.Store.List(ctx, f)
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		for _, d := range list {
			p.Rows = append(p.Rows, listRow{Summary: d})
		}
	}
	if p.Total, err = s.cfg.Store.Count(ctx); err != nil {
		s.failErr(w, r, err)
		return
	}
	if len(p.Rows) > 1 {
		p.Publishers = publishers(p.Rows)
		ff := f
		ff.Limit = facetDocs
		if p.Q != "" {
			ff.Topic = strings.TrimSpace(ff.Topic + " " + p.Q)
		}
		if rs, err := s.cfg.Store.Reports(ctx, ff); err == nil {
			p.Entities = corpusEntities(rs)
			p.Entities = slices.DeleteFunc(p.Entities, func(e corpusEntity) bool {
				return e.Documents < 2 || e.Type == bluf.Nationality || strings.EqualFold(e.Name, f.Entity) || e.ID == f.Entity
			})
			p.Entities = p.Entities[:min(len(p.Entities), 12)]
		}
	}
	s.renderPage(w, r, http.StatusOK, "list", p)
}

// facetURL returns the list page's URL with the filter key set to value,
// keeping the others.
func facetURL(p *listPage, key, value string) string {
	q := url.Values{}
	set := func(k, v string) {
		if v != "" {
			q.Set(k, v)
		}
	}
	set("q", p.Q)
	set("since", p.Filter.Since)
	set("until", p.Filter.Until)
	set("publisher", p.Filter.Publisher)
	set("entity", p.Filter.Entity)
	q.Set(key, value)
	return "/?" + q.Encode()
}

// publishers counts the publishers of rows, most frequent first.
func publishers(rows []listRow) []facet {
	n := map[string]int{}
	for _, r := range rows {
		if r.Publisher != "" {
			n[r.Publisher]++
		}
	}
	out := make([]facet, 0, len(n))
	for p, c := range n {
		out = append(out, facet{p, c})
	}
	slices.SortFunc(out, func(a, b facet) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out[:min(len(out), 8)]
}

type addPage struct {
	Error, Text, URL string
	MaxMB            int64
	AllowPrivate     bool
}

func (s *Server) pageAdd(w http.ResponseWriter, r *http.Request) {
	s.renderPage(w, r, http.StatusOK, "add", s.newAddPage())
}

func (s *Server) newAddPage() *addPage {
	p := &addPage{MaxMB: max(1, s.cfg.MaxUpload>>20)}
	if pi, ok := s.cfg.Ingest.(*Pipeline); ok {
		p.AllowPrivate = pi.AllowPrivate
	}
	return p
}

func (s *Server) pageAddPost(w http.ResponseWriter, r *http.Request) {
	sub, err := s.submission(w, r)
	if err == nil {
		var res addResult
		if res, err = s.add(r.Context(), sub); err == nil {
			http.Redirect(w, r, "/doc/"+url.PathEscape(res.ID)+"?added="+url.QueryEscape(res.Status), http.StatusSeeOther)
			return
		}
	}
	// Show the form again with what was given and why it failed.
	status, msg := s.errStatus(err)
	p := s.newAddPage()
	p.Error = msg
	if len(sub.Raw) < 1<<20 && sub.Name == "" {
		p.Text = string(sub.Raw)
	}
	p.URL = sub.URL
	s.renderPage(w, r, status, "add", p)
}

func (s *Server) pageReport(w http.ResponseWriter, r *http.Request) {
	added := r.URL.Query().Get("added")
	key := "page " + r.PathValue("id")
	if added == "" {
		if c, ok := s.cache.get(key); ok {
			writePage(w, http.StatusOK, c.body)
			return
		}
	}
	rep, err := s.cfg.Store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	v := newReportView(rep, false)
	v.Sources, _ = s.cfg.Store.Sources(r.Context(), rep.ID)
	switch added {
	case "added":
		v.Notice = "Document added and analysed."
	case "duplicate":
		v.Notice = "This document was already stored; showing the stored report."
	case "near_duplicate":
		v.Notice = "A near-identical copy of this story was already stored; the new copy was recorded as another source."
	}
	body, ok := s.page(w, r, "report", v)
	if !ok {
		return
	}
	if added == "" {
		s.cache.put(key, "text/html; charset=utf-8", "", body)
	}
	writePage(w, http.StatusOK, body)
}

func (s *Server) pageBrief(w http.ResponseWriter, r *http.Request) {
	b, f, ok := s.brief(w, r)
	if !ok {
		return
	}
	v := &reportView{Brief: true}
	if b != nil {
		v = newReportView(b, true)
	}
	v.Filter = f
	v.ChangesSince = r.URL.Query().Get("changes_since")
	s.renderPage(w, r, http.StatusOK, "brief", v)
}

type loginPage struct{ Next, Error string }

func (s *Server) pageLogin(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Token == "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	s.renderPage(w, r, http.StatusOK, "login", &loginPage{Next: safeNext(r.URL.Query().Get("next"))})
}

func (s *Server) pageLoginPost(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, http.StatusBadRequest, "bad form")
		return
	}
	next := safeNext(r.PostFormValue("next"))
	if !s.tokenOK(r.PostFormValue("token")) {
		s.renderPage(w, r, http.StatusUnauthorized, "login", &loginPage{Next: next, Error: "Wrong token."})
		return
	}
	s.setSession(w, r)
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// safeNext keeps a post-login redirect on this server.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		return "/"
	}
	return next
}

func assetHandler() http.Handler {
	sub, err := fs.Sub(assetFS, "assets")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	fsrv := http.StripPrefix("/assets/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r) // no directory listings
			return
		}
		if r.URL.Query().Get("v") != "" {
			// Versioned URLs change with the content.
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "public, max-age=300")
		}
		fsrv.ServeHTTP(w, r)
	})
}

// shortDocLen is how many hex digits of a document ID name it in a
// brief's citations: enough to tell a brief's documents apart.
const shortDocLen = 4

func shortDoc(id string) string {
	if len(id) > shortDocLen {
		return id[:shortDocLen]
	}
	return id
}

// citeLabel shortens a brief's citation "0123456789abcdef:s12" to
// "0123:s12" for display; the link keeps the full ID.
func citeLabel(id string) string {
	if doc, s, ok := strings.Cut(id, ":"); ok {
		return shortDoc(doc) + ":" + s
	}
	return id
}

// favicon answers browsers that ask for /favicon.ico with the SVG icon.
func favicon(w http.ResponseWriter, r *http.Request) {
	b, err := assetFS.ReadFile("assets/favicon.svg")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	w.Write(b)
}

func label(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	switch s {
	case "domestic political":
		return "Domestic political"
	case "cyber information":
		return "Cyber and information"
	case "most likely":
		return "Most likely"
	}
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func ratingName(r string) string {
	switch r {
	case bluf.VeryConsistent:
		return "very consistent"
	case bluf.Consistent:
		return "consistent"
	case bluf.Neutral:
		return "neutral"
	case bluf.Inconsistent:
		return "inconsistent"
	case bluf.VeryInconsistent:
		return "very inconsistent"
	}
	return "not applicable"
}

// gsClass classes a Goldstein score for colouring.
func gsClass(g float64) string {
	switch {
	case g <= -5:
		return "gs-neg2"
	case g < -0.5:
		return "gs-neg"
	case g >= 5:
		return "gs-pos2"
	case g > 0.5:
		return "gs-pos"
	}
	return "gs-zero"
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
