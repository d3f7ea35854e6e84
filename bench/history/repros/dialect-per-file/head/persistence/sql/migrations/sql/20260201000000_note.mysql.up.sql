ALTER TABLE `tokens` ADD COLUMN `note` JSON AFTER `address_id`;
ALTER TABLE tokens MODIFY address_id CHAR(36) NULL;
