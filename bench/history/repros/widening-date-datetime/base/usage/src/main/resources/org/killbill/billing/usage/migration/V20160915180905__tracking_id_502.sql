alter table rolled_up_usage add column tracking_id varchar(128) NOT NULL after amount;
