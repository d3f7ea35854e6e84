UPDATE users SET last_login = round(last_login);
