-- Which check stored a finding (submission/FindingSource): 0 the file's own check at ingestion, 1 the history rules,
-- 2 the cross-unit rules, 3 a county's return. A file's findings are listed by source, then by ordinal within it.
-- Before, one ordinal held both, each source counting from its own base (0, 5,000, 10,000, 20,000).
ALTER TABLE finding ADD COLUMN source SMALLINT DEFAULT 0 NOT NULL;
UPDATE finding SET source = 3, ordinal = ordinal - 20000 WHERE ordinal >= 20000;
UPDATE finding SET source = 2, ordinal = ordinal - 10000 WHERE ordinal >= 10000 AND source = 0;
UPDATE finding SET source = 1, ordinal = ordinal - 5000 WHERE ordinal >= 5000 AND source = 0;
ALTER TABLE finding ALTER COLUMN source DROP DEFAULT;
