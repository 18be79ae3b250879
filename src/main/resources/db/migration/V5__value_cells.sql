-- Where each value was read: the workbook's own sheet name and A1 cell (findings judged later point there).
ALTER TABLE item_value ADD COLUMN sheet VARCHAR(100);
ALTER TABLE item_value ADD COLUMN cell VARCHAR(12);
