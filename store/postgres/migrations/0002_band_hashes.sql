-- Keep each document's fingerprint beside its bands, so that the
-- near-duplicate lookup reads only the bands index instead of one
-- documents row per candidate (thousands per insert in a large corpus).
ALTER TABLE bands ADD COLUMN hash BIGINT NOT NULL DEFAULT 0, ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0;
UPDATE bands b SET hash = d.simhash, shingles = d.shingles FROM documents d WHERE d.id = b.doc;
CREATE INDEX bands_lookup ON bands (value) INCLUDE (doc, hash, shingles);
