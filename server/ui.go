package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"bluf"
	"bluf/store"
)

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
	notice := ""
	switch r.URL.Query().Get("added") {
	case "added":
		notice = "Document added and analysed."
	case "duplicate":
		notice = "This document was already stored; showing the stored report."
	case "near_duplicate":
		notice = "A near-identical copy of this story was already stored; the new copy was recorded as another source."
	}
	if notice == "" {
		c, err := s.rendered(r.Context(), r.PathValue("id"), "page")
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		writePage(w, http.StatusOK, c.body)
		return
	}
	rep, err := s.cfg.Store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	body, err := s.reportPage(r.Context(), rep, notice)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writePage(w, http.StatusOK, body)
}

// reportPage renders the report page of rep with an optional notice.
func (s *Server) reportPage(ctx context.Context, rep *bluf.Report, notice string) ([]byte, error) {
	v := newReportView(rep, false)
	v.Notice = notice
	var err error
	if v.Sources, err = s.cfg.Store.Sources(ctx, rep.ID); err != nil && !errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("sources of %s: %w", rep.ID, err)
	}
	return s.execute("report", v)
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
