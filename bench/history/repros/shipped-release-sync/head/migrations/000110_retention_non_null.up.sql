UPDATE launch SET retention_policy = 'REGULAR' WHERE retention_policy IS NULL;

ALTER TABLE launch ALTER COLUMN retention_policy SET NOT NULL;

ALTER TABLE launch DROP COLUMN mode;
