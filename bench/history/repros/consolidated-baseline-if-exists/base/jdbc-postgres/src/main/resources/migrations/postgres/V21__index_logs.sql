DROP INDEX IF EXISTS logs_namespace;
CREATE INDEX logs_namespace_timestamp ON logs (namespace, timestamp);
