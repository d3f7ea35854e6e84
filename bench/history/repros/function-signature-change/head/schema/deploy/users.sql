CREATE FUNCTION add_user(p_name text) RETURNS void AS $$ BEGIN INSERT INTO users(name) VALUES (p_name); END $$ LANGUAGE plpgsql;
