ALTER TABLE identity_login_codes ALTER COLUMN address_type TYPE VARCHAR(36);
