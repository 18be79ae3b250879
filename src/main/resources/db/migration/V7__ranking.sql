-- The ranking of a period (assessment.md): every run that ranked it, and the latest ranking with each score's
-- breakdown, so that the portal and assessors can show and recompute any number.
CREATE TABLE ranking_run (
    period           VARCHAR(7)   NOT NULL,
    job_execution_id BIGINT       NOT NULL,
    model_name       VARCHAR(200) NOT NULL,
    model_version    VARCHAR(50)  NOT NULL,
    model_sha256     CHAR(64)     NOT NULL,
    inputs_sha256    CHAR(64)     NOT NULL,
    ranked_at        TIMESTAMP    NOT NULL,
    PRIMARY KEY (period, job_execution_id)
);

CREATE TABLE ranking_entry (
    period      VARCHAR(7)     NOT NULL,
    group_name  VARCHAR(100)   NOT NULL,
    code        VARCHAR(18)    NOT NULL,
    name        VARCHAR(200)   NOT NULL,
    rank_no     INT            NOT NULL,
    score       DECIMAL(12, 4) NOT NULL,
    grade       VARCHAR(20)    NOT NULL,
    rank_change VARCHAR(8)     NOT NULL,
    PRIMARY KEY (period, group_name, code)
);

CREATE TABLE ranking_points (
    period     VARCHAR(7)     NOT NULL,
    group_name VARCHAR(100)   NOT NULL,
    code       VARCHAR(18)    NOT NULL,
    indicator  VARCHAR(100)   NOT NULL,
    ordinal    INT            NOT NULL,
    points     DECIMAL(12, 4) NOT NULL,
    raw_value  DECIMAL(30, 10),
    inputs     VARCHAR(10000) NOT NULL,
    working    VARCHAR(10000) NOT NULL,
    PRIMARY KEY (period, group_name, code, indicator)
);
