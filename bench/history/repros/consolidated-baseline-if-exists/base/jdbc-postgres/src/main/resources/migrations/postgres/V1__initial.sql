CREATE TABLE queues ("offset" serial PRIMARY KEY, type VARCHAR(250) NOT NULL);
CREATE TABLE logs (key VARCHAR(30) PRIMARY KEY, namespace VARCHAR(150), timestamp TIMESTAMPTZ);
CREATE INDEX logs_namespace ON logs (namespace);
