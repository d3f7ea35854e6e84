CREATE TABLE "Folder" ("id" TEXT PRIMARY KEY);
CREATE TABLE "Document" ("id" SERIAL PRIMARY KEY, "folderId" TEXT);
ALTER TABLE "Document" ADD CONSTRAINT "Document_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder"("id") ON DELETE CASCADE;
