CREATE TABLE `t_ds_audit_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `resource_type` int(11) DEFAULT NULL,
  `time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
