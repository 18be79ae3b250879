-- Each unit's 12 GIA-M months rolled up to the year by each item's time aggregation.
CREATE TABLE annual_rollup_unit (
    period          VARCHAR(7)  NOT NULL,
    unit_uscc       VARCHAR(18) NOT NULL,
    months_expected INT         NOT NULL,
    months_accepted INT         NOT NULL,
    missing_months  VARCHAR(100) NOT NULL,
    complete        BOOLEAN     NOT NULL,
    PRIMARY KEY (period, unit_uscc)
);

CREATE TABLE annual_rollup (
    period    VARCHAR(7)     NOT NULL,
    unit_uscc VARCHAR(18)    NOT NULL,
    item      VARCHAR(32)    NOT NULL,
    figure    DECIMAL(20, 4) NOT NULL,
    PRIMARY KEY (period, unit_uscc, item)
);
