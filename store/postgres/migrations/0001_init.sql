-- Documents: one row per story; copies are rows of sources.
CREATE TABLE documents (
	seq       BIGSERIAL PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,
	title     TEXT NOT NULL,
	source    TEXT NOT NULL,
	publisher TEXT NOT NULL,
	published TEXT NOT NULL,
	language  TEXT NOT NULL,
	story     TEXT NOT NULL,
	simhash   BIGINT NOT NULL,
	shingles  INTEGER NOT NULL,
	keywords  TEXT NOT NULL,
	tags      TEXT NOT NULL,
	body      TEXT NOT NULL,
	report    BYTEA NOT NULL,
	-- 'simple' (no stemming) matches SQLite's unicode61 tokenizer and
	-- suits a corpus in many languages.
	tsv tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('simple', title), 'A') ||
		setweight(to_tsvector('simple', body), 'B')) STORED
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_publisher ON documents (LOWER(publisher));
CREATE INDEX documents_story ON documents (story);
CREATE INDEX documents_tsv ON documents USING GIN (tsv);

-- Sources: every URL, path or feed item a story was read from.
CREATE TABLE sources (
	seq       BIGSERIAL PRIMARY KEY,
	url       TEXT NOT NULL,
	doc       TEXT NOT NULL REFERENCES documents (id),
	kind      TEXT NOT NULL,
	publisher TEXT NOT NULL,
	title     TEXT NOT NULL,
	fetched   TEXT NOT NULL,
	distance  INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX sources_url ON sources (url) WHERE url <> '';
CREATE INDEX sources_doc ON sources (doc);

-- SimHash bands for near-duplicate lookup (see store.BandValues).
CREATE TABLE bands (
	value BIGINT NOT NULL,
	doc   TEXT NOT NULL,
	PRIMARY KEY (value, doc)
);

CREATE TABLE entities (
	doc      TEXT NOT NULL,
	entity   TEXT NOT NULL,
	name     TEXT NOT NULL,
	type     TEXT NOT NULL,
	mentions INTEGER NOT NULL,
	salience DOUBLE PRECISION NOT NULL,
	rank     INTEGER NOT NULL,
	PRIMARY KEY (doc, entity)
);
CREATE INDEX entities_entity ON entities (entity);
CREATE INDEX entities_name ON entities (LOWER(name));

CREATE TABLE events (
	doc      TEXT NOT NULL,
	id       TEXT NOT NULL,
	code     TEXT NOT NULL,
	root     TEXT NOT NULL,
	source   TEXT NOT NULL,
	target   TEXT NOT NULL,
	date     TEXT NOT NULL,
	sentence TEXT NOT NULL,
	PRIMARY KEY (doc, id)
);
CREATE INDEX events_date ON events (date);
