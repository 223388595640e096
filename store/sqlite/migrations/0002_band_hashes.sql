-- Keep each document's fingerprint beside its bands, so that the
-- near-duplicate lookup reads only the bands index instead of one
-- documents row per candidate (thousands per insert in a large corpus).
ALTER TABLE bands ADD COLUMN hash INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bands ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0;
UPDATE bands SET
	hash = (SELECT d.simhash FROM documents d WHERE d.id = bands.doc),
	shingles = (SELECT d.shingles FROM documents d WHERE d.id = bands.doc);
