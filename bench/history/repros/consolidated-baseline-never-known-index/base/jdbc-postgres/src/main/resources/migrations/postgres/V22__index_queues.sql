DROP INDEX IF EXISTS queues_offset;
CREATE INDEX IF NOT EXISTS queues_type__offset ON queues (type, "offset");
