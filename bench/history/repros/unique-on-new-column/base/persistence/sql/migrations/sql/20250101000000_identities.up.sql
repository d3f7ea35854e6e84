CREATE TABLE identities (id uuid PRIMARY KEY, nid uuid);
