-- The form items an indicator's formulas read, by code (comma-separated): the portal's drill-down to the source
-- cells, now that the inputs are written in words for people.
ALTER TABLE ranking_points ADD COLUMN items VARCHAR(2000);
