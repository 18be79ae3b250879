-- Findings about a unit for a period that belong to no file (U-MISSING: nothing was received).
CREATE TABLE period_finding (
    period    VARCHAR(7)    NOT NULL,
    unit_uscc VARCHAR(18)   NOT NULL,
    unit_name VARCHAR(200)  NOT NULL,
    rule      VARCHAR(16)   NOT NULL,
    severity  VARCHAR(8)    NOT NULL,
    message   VARCHAR(2000) NOT NULL,
    PRIMARY KEY (period, unit_uscc, rule)
);
