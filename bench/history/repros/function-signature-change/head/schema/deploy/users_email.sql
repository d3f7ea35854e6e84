DROP FUNCTION IF EXISTS add_user(text);
CREATE FUNCTION add_user(p_name text, p_email text) RETURNS void AS $$ BEGIN INSERT INTO users(name, email) VALUES (p_name, p_email); END $$ LANGUAGE plpgsql;
