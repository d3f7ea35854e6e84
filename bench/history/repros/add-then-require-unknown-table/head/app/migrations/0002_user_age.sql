--
-- Add field age to user
--
ALTER TABLE "auth_user" ADD COLUMN "age" integer DEFAULT 0 NOT NULL;
ALTER TABLE "auth_user" ALTER COLUMN "age" DROP DEFAULT;
