-- One run of a period at a time, across processes: the run holding the lease renews it at every step.
CREATE TABLE period_lease (
    period     VARCHAR(7)   NOT NULL PRIMARY KEY,
    owner      VARCHAR(100) NOT NULL,
    renewed_at TIMESTAMP    NOT NULL
);
