ALTER TABLE "Document" DROP CONSTRAINT "Document_folderId_fkey";
ALTER TABLE "Document" ADD CONSTRAINT "Document_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder"("id") ON DELETE SET NULL;
