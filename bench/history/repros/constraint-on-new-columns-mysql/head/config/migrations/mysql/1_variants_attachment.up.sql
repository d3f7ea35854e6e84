ALTER TABLE variants ADD attachment JSON AFTER name;
