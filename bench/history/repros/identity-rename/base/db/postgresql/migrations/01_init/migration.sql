CREATE TABLE website (id uuid PRIMARY KEY);
