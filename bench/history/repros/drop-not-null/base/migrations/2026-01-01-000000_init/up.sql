CREATE TABLE community (id serial PRIMARY KEY, title text NOT NULL);
