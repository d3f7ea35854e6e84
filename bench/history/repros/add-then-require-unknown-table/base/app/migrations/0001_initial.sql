CREATE TABLE "app_group" ("id" serial NOT NULL PRIMARY KEY);
