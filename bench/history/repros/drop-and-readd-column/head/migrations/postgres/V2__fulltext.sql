ALTER TABLE logs DROP COLUMN fulltext;
ALTER TABLE logs ADD COLUMN fulltext tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(value->>'message', ''))) STORED;
