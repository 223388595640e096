-- Search matches inflections: "militia" finds "militias", "attacked"
-- finds "attacks". A text search configuration of our own stems English
-- (ASCII) words with the Snowball stemmer but, unlike 'english', drops no
-- stop words ("US" stays searchable) and leaves other words as 'simple'
-- does, as SQLite's porter tokenizer does.
CREATE TEXT SEARCH DICTIONARY bluf_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION bluf (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION bluf ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH bluf_stem;
DROP INDEX documents_tsv;
ALTER TABLE documents DROP COLUMN tsv;
ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('bluf', title), 'A') ||
	setweight(to_tsvector('bluf', body), 'B')) STORED;
CREATE INDEX documents_tsv ON documents USING GIN (tsv);
