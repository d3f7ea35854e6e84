CREATE TABLE users (id serial PRIMARY KEY, gh_encrypted_token bytea);
