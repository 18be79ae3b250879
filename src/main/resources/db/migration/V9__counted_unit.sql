-- A consolidation no longer copies every counted unit's figures into consolidated_value (a city of 10,000 units made
-- a million rows a month). It records which units it counted and from what: the current accepted file, or, for a
-- year, the complete roll-up of the unit's accepted months (file_id NULL). A unit's figures are read through the
-- view unit_value, every item of the form listed, zeros included. consolidated_value keeps the counties, the
-- categories and the city.
CREATE TABLE counted_unit (
    period    VARCHAR(7)   NOT NULL,
    uscc      VARCHAR(18)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    form_code VARCHAR(16)  NOT NULL,
    file_id   BIGINT,
    PRIMARY KEY (period, uscc)
);

CREATE VIEW unit_value AS
SELECT cu.period, cu.uscc, cu.name, fi.item, fi.ordinal, COALESCE(v.figure, r.figure, 0) AS figure
FROM counted_unit cu
JOIN form_item fi ON fi.form_code = cu.form_code
LEFT JOIN item_value v ON v.file_id = cu.file_id AND v.item = fi.item
LEFT JOIN annual_rollup r ON cu.file_id IS NULL AND r.period = cu.period AND r.unit_uscc = cu.uscc AND r.item = fi.item;

-- Periods consolidated before: the units counted then, from the files current now.
INSERT INTO counted_unit (period, uscc, name, form_code, file_id)
SELECT DISTINCT cv.period, cv.scope_code, cv.scope_name, f.form_code, f.id
FROM consolidated_value cv
JOIN received_file f ON f.period = cv.period AND f.unit_uscc = cv.scope_code AND f.is_current = TRUE
     AND f.status IN ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')
WHERE cv.scope = 'UNIT';

INSERT INTO counted_unit (period, uscc, name, form_code, file_id)
SELECT DISTINCT cv.period, cv.scope_code, cv.scope_name, 'GIA-Y', CAST(NULL AS BIGINT)
FROM consolidated_value cv
JOIN annual_rollup_unit ru ON ru.period = cv.period AND ru.unit_uscc = cv.scope_code AND ru.complete = TRUE
WHERE cv.scope = 'UNIT'
  AND NOT EXISTS (SELECT 1 FROM counted_unit cu WHERE cu.period = cv.period AND cu.uscc = cv.scope_code);

DELETE FROM consolidated_value WHERE scope = 'UNIT';

-- A unit's earlier files (the history rules ask for each current file): by unit first.
CREATE INDEX received_file_by_unit ON received_file (unit_uscc, period);

-- Copies of a file within the period (the scan asks for each new file).
CREATE INDEX inbox_file_content ON inbox_file (period, sha256);

-- A county's inputs list each of its units' points: 10,000 units ran past 10,000 characters.
ALTER TABLE ranking_points ALTER COLUMN inputs SET DATA TYPE VARCHAR(1000000);
ALTER TABLE ranking_points ALTER COLUMN working SET DATA TYPE VARCHAR(1000000);
