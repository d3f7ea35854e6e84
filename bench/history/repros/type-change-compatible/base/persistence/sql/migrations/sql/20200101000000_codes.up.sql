CREATE TABLE identity_login_codes (id uuid PRIMARY KEY, address_type char(36));
