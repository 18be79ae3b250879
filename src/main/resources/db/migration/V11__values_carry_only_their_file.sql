-- A value belongs to its file, and the file row says which unit and month it is. Repeating both on each of a month's
-- few hundred thousand values widened every insert, and no reader asks by them any more.
ALTER TABLE item_value DROP COLUMN unit_uscc;
ALTER TABLE item_value DROP COLUMN period;
