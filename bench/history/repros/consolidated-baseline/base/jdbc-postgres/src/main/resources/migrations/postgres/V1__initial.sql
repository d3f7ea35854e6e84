CREATE TABLE queues (offset serial PRIMARY KEY, consumers text[]);
