DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'queue_type') THEN
        CREATE TYPE queue_type AS ENUM ('io.kestra.core.models.executions.Execution', 'io.kestra.core.models.flows.Flow');
    END IF;
END $$;

CREATE TABLE IF NOT EXISTS queues (
    "offset" SERIAL PRIMARY KEY,
    type VARCHAR(250) NOT NULL,
    key VARCHAR(250) NOT NULL
);

CREATE TABLE IF NOT EXISTS flows (
    key VARCHAR(250) NOT NULL PRIMARY KEY,
    value JSONB NOT NULL,
    deleted BOOL NOT NULL GENERATED ALWAYS AS (CAST(value ->> 'deleted' AS BOOL)) STORED,
    id VARCHAR(100) NOT NULL GENERATED ALWAYS AS (value ->> 'id') STORED,
    namespace VARCHAR(150) NOT NULL GENERATED ALWAYS AS (value ->> 'namespace') STORED
);

CREATE INDEX IF NOT EXISTS flows_namespace ON flows (deleted, namespace);
CREATE INDEX IF NOT EXISTS flows_id ON flows (id);

-- Go back to the original PK and queues_offset__type as they are useful for offset based poll and updates
DROP INDEX IF EXISTS queues_offset;
CREATE INDEX IF NOT EXISTS queues_type__offset ON queues (type, "offset");
