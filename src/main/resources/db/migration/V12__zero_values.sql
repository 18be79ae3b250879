-- Four values in five are zero. A file's zeros are kept in one row that lists their items with the cells they were
-- read from (StoredValues says how), instead of a row each: a month of 2,000 workbooks stored over half a million
-- value rows, and now stores about 120,000. Files stored before keep their zeros as rows; both read the same.
CREATE TABLE zero_value (
    file_id BIGINT           PRIMARY KEY REFERENCES received_file (id),
    cells   VARCHAR(1000000) NOT NULL
);
