CREATE TABLE `tokens` (`id` CHAR(36) NOT NULL, `address_id` CHAR(36) NOT NULL, PRIMARY KEY (`id`));
