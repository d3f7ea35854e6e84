PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_page_subscriber` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`page_id` integer NOT NULL,
	`channel_type` text DEFAULT 'email' NOT NULL,
	`webhook_url` text,
	`slack_channel_id` text,
	`token` text,
	CONSTRAINT "page_subscriber_channel_check" CHECK(("__new_page_subscriber"."channel_type" = 'email' AND "__new_page_subscriber"."email" IS NOT NULL AND "__new_page_subscriber"."webhook_url" IS NULL) OR ("__new_page_subscriber"."channel_type" = 'webhook' AND "__new_page_subscriber"."webhook_url" IS NOT NULL AND "__new_page_subscriber"."email" IS NULL) OR ("__new_page_subscriber"."channel_type" = 'slack' AND "__new_page_subscriber"."slack_channel_id" IS NOT NULL AND "__new_page_subscriber"."email" IS NULL AND "__new_page_subscriber"."webhook_url" IS NULL))
);
--> statement-breakpoint
INSERT INTO `__new_page_subscriber`("id", "email", "page_id", "channel_type", "webhook_url", "slack_channel_id", "token") SELECT "id", "email", "page_id", "channel_type", "webhook_url", NULL, "token" FROM `page_subscriber`;--> statement-breakpoint
DROP TABLE `page_subscriber`;--> statement-breakpoint
ALTER TABLE `__new_page_subscriber` RENAME TO `page_subscriber`;--> statement-breakpoint
PRAGMA foreign_keys=ON;
