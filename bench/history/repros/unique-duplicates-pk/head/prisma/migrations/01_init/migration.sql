CREATE TABLE "link" ("link_id" UUID NOT NULL, "slug" TEXT, CONSTRAINT "link_pkey" PRIMARY KEY ("link_id"));
CREATE UNIQUE INDEX "link_link_id_key" ON "link"("link_id");
