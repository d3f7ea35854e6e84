CREATE TABLE IF NOT EXISTS queues ("offset" serial PRIMARY KEY, type VARCHAR(250) NOT NULL);
CREATE TABLE IF NOT EXISTS logs (key VARCHAR(30) PRIMARY KEY, namespace VARCHAR(150), timestamp TIMESTAMPTZ);
CREATE INDEX IF NOT EXISTS logs_namespace_flow ON logs (namespace, key);

/* ---!!! previously on V21__index_logs.sql !!!--- */
DROP INDEX IF EXISTS logs_namespace;
CREATE INDEX IF NOT EXISTS logs_namespace_timestamp ON logs (namespace, timestamp);
