CREATE TABLE flags (key varchar(255) NOT NULL, CONSTRAINT flags_pkey PRIMARY KEY (key));
