-- Every reader of item_value asks by file (its key). The index by unit and period was read by nothing, and each of a
-- month's 200,000 stored values paid for keeping it.
DROP INDEX item_value_unit;
