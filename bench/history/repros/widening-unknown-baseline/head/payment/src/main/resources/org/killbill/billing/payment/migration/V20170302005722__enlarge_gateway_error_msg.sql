alter table payment_transactions modify gateway_error_msg text;
