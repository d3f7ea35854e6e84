ALTER TABLE users DROP COLUMN gh_encrypted_token;
