DROP TABLE IF EXISTS invoice_history;
CREATE TABLE invoice_history (id int PRIMARY KEY, invoice_id int);
