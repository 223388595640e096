package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"bluf"
	"bluf/actor"
	"bluf/extract"
	"bluf/text"
)

type entitiesOptions struct {
	format   string
	plain    bool
	date     string
	actors   string
	timeout  time.Duration
	maxBytes int64
}

func init() {
	register(&command{
		name:  "entities",
		usage: "entities [flags] SOURCE",
		short: "list the people, organizations, states and places an article names, resolved and ranked",
		long: `SOURCE is a file, an http(s) URL, or "-" for standard input. The article
is cleaned first (page furniture removed) and offsets point into the
cleaned body; with --plain the input is taken as clean text as it is and
offsets point into it exactly.

Every mention is listed with its byte offsets, its type (person,
organization, government, armed_group, state, location, nationality) and
the entity it resolves to: canonical name, aliases seen, role and
affiliation as of the article's date (--date overrides it; undated, the
most recent role), CAMEO actor code, mention count and salience (1 is the
most salient entity), and whether it is one of the article's key
entities (the "key" column, "key": true in JSON): the five most salient,
any with salience 0.15 or more, and the people, armed groups and
organizations named with salience 0.02 or more (government bodies 0.05),
at most 25; places and populations named in passing are not key. Short forms resolve to the full name seen in the
article ("al-Sudani", "the Prime Minister"); capitals acting for their
state ("Washington said") resolve to the state, typed government.

--actors FILE adds actors in front of the embedded knowledge base, in
bluf's format or PETRARCH's, detected strictly: a file whose first entry
is not "type: Name" must be PETRARCH throughout (each actor an
UNDERSCORE_NAME with a [CODE] on its line or the lines below it), or it
fails with FILE:LINE: reason. bluf's format:

  # a comment
  person: Amina Example
    aka: A. Example | Example
    role: 2023-05-01.. | Foreign Minister | Ruritania | RURGOV
  state: Ruritania
    code: RUR
    demonym: Ruritanian | Ruritanians
    capital: Strelsau
  armed_group: Ruritanian Liberation Front
    aka: RLF
    code: RURREB | 2019..
    in: Ruritania

Types: person, organization, government, armed_group, state, location.
Keys: id, aka, code (CODE [| FROM..TO]), role (FROM..TO | title |
affiliation | code), demonym, capital, seat (a name that always means the
government, such as Kremlin), in (the country of a place or group).
Dates are YYYY, YYYY-MM or YYYY-MM-DD; either end of a range may be empty.
An alias written "the West" matches only after "the"; one written in
capitals (RLF) only in capitals. A person out of office on the date is
reported as "former" their last role. A malformed file fails with
FILE:LINE: reason.`,
		flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			o := &entitiesOptions{}
			fs.StringVar(&o.format, "format", "tsv", "output format: tsv or json")
			fs.BoolVar(&o.plain, "plain", false, "take the input as clean text: no cleaning, offsets into the input")
			fs.StringVar(&o.date, "date", "", "the article's date `YYYY-MM-DD`, for roles (default: its stated date)")
			fs.StringVar(&o.actors, "actors", "", "add the actors of `FILE` (bluf or PETRARCH format)")
			fs.DurationVar(&o.timeout, "timeout", 20*time.Second, "timeout for fetching a URL")
			fs.Int64Var(&o.maxBytes, "max-bytes", defaultMaxBytes, "refuse inputs larger than this many bytes")
			return func(ctx context.Context, e *env, args []string) error { return runEntities(ctx, e, o, args) }
		},
	})
}

func runEntities(ctx context.Context, e *env, o *entitiesOptions, args []string) error {
	if len(args) != 1 {
		return usagef("want one SOURCE, got %d", len(args))
	}
	if o.format != "tsv" && o.format != "json" {
		return usagef("unknown format %q (want tsv or json)", o.format)
	}
	if o.date != "" {
		if _, err := time.Parse("2006-01-02", o.date); err != nil {
			return usagef("bad --date %q (want YYYY-MM-DD)", o.date)
		}
	}
	kb, err := loadActors(o.actors)
	if err != nil {
		return err
	}
	var doc *bluf.Document
	if o.plain {
		doc, err = readPlain(e, args[0], o.maxBytes)
	} else {
		doc, err = extract.Read(ctx, args[0], extract.Options{Stdin: e.stdin, Timeout: o.timeout, MaxBytes: o.maxBytes, UserAgent: userAgent()})
	}
	if err != nil {
		return err
	}
	if strings.TrimSpace(doc.Body) == "" {
		return fmt.Errorf("%s: no text to analyse", args[0])
	}
	if o.date != "" {
		doc.Published = o.date
	}
	if doc.Paragraphs == nil {
		doc.Paragraphs = text.Paragraphs(doc.Body)
	}
	if doc.Sentences == nil {
		doc.Sentences = text.Sentences(doc.Body, doc.Paragraphs)
	}
	ms, es := kb.Find(doc)
	if o.format == "json" {
		return writeEntitiesJSON(e.stdout, doc, ms, es)
	}
	return writeEntitiesTSV(e.stdout, ms, es)
}

// loadActors returns the embedded knowledge base, with the actors of
// file (if any) in front of it.
func loadActors(file string) (*actor.KB, error) {
	if file == "" {
		return actor.Default()
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	defer f.Close()
	mine, err := actor.Parse(f, file)
	if err != nil {
		return nil, err
	}
	if len(mine) == 0 {
		return nil, fmt.Errorf("%s: no actors found", file)
	}
	base, err := actor.DefaultEntries()
	if err != nil {
		return nil, err
	}
	agents, err := actor.DefaultAgents()
	if err != nil {
		return nil, err
	}
	entries := make([]actor.Entry, 0, len(mine)+len(base))
	entries = append(entries, mine...)
	entries = append(entries, base...)
	return actor.New(entries, agents), nil
}

// readPlain reads source ("-" for standard input) as clean UTF-8 text.
func readPlain(e *env, source string, maxBytes int64) (*bluf.Document, error) {
	var r io.Reader
	if source == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(source)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", source, err)
		}
		defer f.Close()
		r = f
	}
	if maxBytes <= 0 {
		maxBytes = defaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", source, err)
	}
	switch {
	case int64(len(data)) > maxBytes:
		return nil, fmt.Errorf("%s: larger than %d bytes (see --max-bytes)", source, maxBytes)
	case len(bytes.TrimSpace(data)) == 0:
		return nil, fmt.Errorf("%s: empty input", source)
	case bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data):
		return nil, fmt.Errorf("%s: not UTF-8 text (binary input?)", source)
	}
	sum := sha256.Sum256(data)
	return &bluf.Document{ID: hex.EncodeToString(sum[:8]), Source: source, Body: string(data)}, nil
}

type entitiesOutput struct {
	Document struct {
		ID        string `json:"id"`
		Source    string `json:"source"`
		Title     string `json:"title,omitempty"`
		Published string `json:"published,omitempty"`
	} `json:"document"`
	Mentions []bluf.Mention `json:"mentions"`
	Entities []entityOut    `json:"entities"`
}

// entityOut is an entity with whether it is one of the article's key
// entities (actor.Key).
type entityOut struct {
	bluf.Entity
	Key bool `json:"key"`
}

func writeEntitiesJSON(w io.Writer, doc *bluf.Document, ms []bluf.Mention, es []bluf.Entity) error {
	var out entitiesOutput
	out.Document.ID, out.Document.Source, out.Document.Title, out.Document.Published = doc.ID, doc.Source, doc.Title, doc.Published
	out.Mentions = ms
	if out.Mentions == nil {
		out.Mentions = []bluf.Mention{}
	}
	key := actor.Key(es)
	out.Entities = make([]entityOut, len(es))
	for i, e := range es {
		out.Entities[i] = entityOut{e, key[i]}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write entities: %w", err)
	}
	return nil
}

// entityColumns are the columns of the TSV output: one row per mention,
// with its entity.
var entityColumns = []string{"start", "end", "sentence", "type", "text", "entity", "name", "entity_type",
	"role", "affiliation", "code", "mentions", "salience", "aliases", "key"}

func writeEntitiesTSV(w io.Writer, ms []bluf.Mention, es []bluf.Entity) error {
	byID := make(map[string]*bluf.Entity, len(es))
	isKey := map[string]bool{}
	key := actor.Key(es)
	for i := range es {
		byID[es[i].ID] = &es[i]
		isKey[es[i].ID] = key[i]
	}
	var b strings.Builder
	b.WriteString(strings.Join(entityColumns, "\t"))
	b.WriteByte('\n')
	for _, m := range ms {
		ent := byID[m.Entity]
		if ent == nil {
			ent = &bluf.Entity{ID: m.Entity}
		}
		row := []string{strconv.Itoa(m.Start), strconv.Itoa(m.End), m.Sentence, string(m.Type), m.Text,
			ent.ID, ent.Name, string(ent.Type), ent.Role, ent.Affiliation, ent.Code,
			strconv.Itoa(ent.Mentions), strconv.FormatFloat(ent.Salience, 'f', 3, 64), strings.Join(ent.Aliases, "; "), keyMark(isKey[ent.ID])}
		for i, f := range row {
			row[i] = tsvField(f)
		}
		b.WriteString(strings.Join(row, "\t"))
		b.WriteByte('\n')
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write entities: %w", err)
	}
	return nil
}

// keyMark is the key column of the TSV output.
func keyMark(k bool) string {
	if k {
		return "key"
	}
	return ""
}
