-- What each feedback workbook was last written from, so that a rerun of the period rewrites only those whose
-- content changed (a new version, a new finding, a new 说明).
CREATE TABLE feedback_written (
    period      VARCHAR(7)    NOT NULL,
    target      VARCHAR(1000) NOT NULL,
    content_sha CHAR(64)      NOT NULL,
    PRIMARY KEY (period, target)
);
