CREATE TABLE payment_transactions (id varchar(36) NOT NULL, gateway_error_msg varchar(256));
