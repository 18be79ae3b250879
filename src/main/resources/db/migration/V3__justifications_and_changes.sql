-- A bureau's 说明 answering a warning, kept with the finding.
ALTER TABLE finding ADD COLUMN justification VARCHAR(2000);

-- Every 说明 a returned workbook carried in its 问题清单, for warnings found after ingestion (U-DUP).
CREATE TABLE file_justification (
    file_id       BIGINT        NOT NULL REFERENCES received_file (id),
    rule          VARCHAR(16)   NOT NULL,
    sheet         VARCHAR(100)  NOT NULL,
    cell          VARCHAR(12)   NOT NULL,
    justification VARCHAR(2000) NOT NULL
);
CREATE INDEX file_justification_file ON file_justification (file_id);

-- What a unit's new version changed against its previous version of the period.
CREATE TABLE version_change (
    file_id   BIGINT         NOT NULL REFERENCES received_file (id),
    item      VARCHAR(32)    NOT NULL,
    old_value DECIMAL(20, 4),
    new_value DECIMAL(20, 4),
    PRIMARY KEY (file_id, item)
);
