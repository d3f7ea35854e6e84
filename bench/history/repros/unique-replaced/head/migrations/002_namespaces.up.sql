ALTER TABLE flags ADD COLUMN namespace_key varchar(255) NOT NULL DEFAULT 'default';
ALTER TABLE flags DROP CONSTRAINT flags_pkey;
ALTER TABLE flags ADD CONSTRAINT flags_pkey PRIMARY KEY (namespace_key, key);
