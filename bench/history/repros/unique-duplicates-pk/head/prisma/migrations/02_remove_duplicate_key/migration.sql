DROP INDEX "link_link_id_key";
