CREATE TABLE logs (value jsonb, fulltext tsvector GENERATED ALWAYS AS (to_tsvector('simple', value->>'message')) STORED);
