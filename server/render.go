package server

import (
	"bytes"
	"cmp"
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
	"ratingClass": func(r string) string { return strings.ToLower(cmp.Or(r, "na")) },
	"ratingName":  ratingName,
	"gsClass":     gsClass,
	"join":        strings.Join,
	"list":        func(s ...string) []string { return s },
	"minus":       func(a, b int) int { return a - b },
	"facetURL":    facetURL,
	"briefURL":    briefURL,
	"first": func(s []string, n int) []string {
		if len(s) > n {
			return s[:n]
		}
		return s
	},
	"isURL": func(s string) bool {
		return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
	},
	"gapsOf": gapsOf,
	"gapsOr": func(r *bluf.Report, fallback string, sections ...string) any {
		return struct {
			Gaps     []bluf.Gap
			Fallback string
		}{gapsOf(r, sections...), fallback}
	},
	"otherGaps": func(r *bluf.Report) []bluf.Gap {
		var out []bluf.Gap
		for _, g := range r.Gaps {
			if !slices.Contains(gapSections, g.Section) {
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
	body, err := s.execute(name, data)
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
	return body, true
}

// execute renders the named page with data.
func (s *Server) execute(name string, data any) ([]byte, error) {
	var buf bytes.Buffer
	if err := s.pages.t[name].ExecuteTemplate(&buf, "base", pageData{Name: name, Version: bluf.Version, Data: data}); err != nil {
		return nil, fmt.Errorf("render page %s: %w", name, err)
	}
	return buf.Bytes(), nil
}

func writePage(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(body)
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

// briefURL returns the API address of the brief v shows, in format.
func briefURL(v *reportView, format string) string {
	q := url.Values{}
	for k, val := range map[string]string{"since": v.Filter.Since, "until": v.Filter.Until, "publisher": v.Filter.Publisher,
		"entity": v.Filter.Entity, "topic": v.Filter.Topic, "changes_since": v.ChangesSince} {
		if val != "" {
			q.Set(k, val)
		}
	}
	q.Set("format", format)
	return "/api/brief?" + q.Encode()
}

// gapSections are the Gap.Section values the report page shows in
// place; gaps of any other section are listed at the end.
var gapSections = []string{"bluf", "hypotheses", "ach", "assumptions", "red_flags", "risks",
	"recommendations", "indicators", "scenarios", "outlook", "entities", "events", "tags"}

// gapsOf returns r's gaps in the given sections.
func gapsOf(r *bluf.Report, sections ...string) []bluf.Gap {
	var out []bluf.Gap
	for _, g := range r.Gaps {
		if slices.Contains(sections, g.Section) {
			out = append(out, g)
		}
	}
	return out
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
