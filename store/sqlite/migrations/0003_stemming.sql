-- Search matches inflections: "militia" finds "militias", "attacked"
-- finds "attacks". The Porter stemmer only strips English suffixes, so
-- words of other languages are indexed as before; no stop words are
-- dropped ("US" stays searchable).
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5 (
	title, body,
	content = 'documents', content_rowid = 'seq',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
