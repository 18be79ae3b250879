-- What a rerun need not work out again. history_check: for each file the history rules judged, the fingerprint of
-- everything they read (the file, its unit's accepted files of every period, its 说明, the configuration and the
-- program); while it stands, the file's history findings stand. received_file.values_sha256: the fingerprint of a
-- file's values as the cross-unit rules compare them ('' when it has none or all are zero), filled in when first
-- needed; a file's values never change.
CREATE TABLE history_check (
    file_id BIGINT   NOT NULL PRIMARY KEY REFERENCES received_file (id) ON DELETE CASCADE,
    basis   CHAR(64) NOT NULL
);
ALTER TABLE received_file ADD COLUMN values_sha256 VARCHAR(64);
