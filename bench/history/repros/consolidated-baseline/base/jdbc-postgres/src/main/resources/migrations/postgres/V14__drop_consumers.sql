ALTER TABLE queues DROP COLUMN consumers;
