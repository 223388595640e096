-- Documents: one row per story; copies are rows of sources.
CREATE TABLE documents (
	seq       INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,
	title     TEXT NOT NULL,
	source    TEXT NOT NULL,
	publisher TEXT NOT NULL,
	published TEXT NOT NULL,
	language  TEXT NOT NULL,
	story     TEXT NOT NULL,
	simhash   INTEGER NOT NULL,
	shingles  INTEGER NOT NULL,
	keywords  TEXT NOT NULL,
	tags      TEXT NOT NULL,
	body      TEXT NOT NULL,
	report    BLOB NOT NULL
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_publisher ON documents (publisher COLLATE NOCASE);
CREATE INDEX documents_story ON documents (story);

-- Sources: every URL, path or feed item a story was read from.
CREATE TABLE sources (
	seq       INTEGER PRIMARY KEY,
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
	value INTEGER NOT NULL,
	doc   TEXT NOT NULL,
	PRIMARY KEY (value, doc)
) WITHOUT ROWID;

CREATE TABLE entities (
	doc      TEXT NOT NULL,
	entity   TEXT NOT NULL,
	name     TEXT NOT NULL,
	type     TEXT NOT NULL,
	mentions INTEGER NOT NULL,
	salience REAL NOT NULL,
	rank     INTEGER NOT NULL,
	PRIMARY KEY (doc, entity)
) WITHOUT ROWID;
CREATE INDEX entities_entity ON entities (entity);
CREATE INDEX entities_name ON entities (name COLLATE NOCASE);

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
) WITHOUT ROWID;
CREATE INDEX events_date ON events (date);

-- Full-text index over title and body, contents kept in documents.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
	title, body,
	content = 'documents', content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);
