-- Excerpt of reportportal migrations/1_initialize_schema.up.sql (the launch table, its enum types and foreign keys left out).
CREATE TABLE launch (
    id                   BIGSERIAL
        CONSTRAINT launch_pk PRIMARY KEY,
    uuid                 VARCHAR(36)                                      NOT NULL UNIQUE,
    name                 VARCHAR(256)                                     NOT NULL,
    description          TEXT,
    start_time           TIMESTAMP                                        NOT NULL,
    number               INTEGER                                          NOT NULL
);
