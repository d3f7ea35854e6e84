CREATE TABLE `page_subscriber` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`page_id` integer NOT NULL,
	`token` text
);
