CREATE TABLE IF NOT EXISTS queues (offset serial PRIMARY KEY, consumers text[]);
ALTER TABLE queues DROP COLUMN IF EXISTS consumers;
