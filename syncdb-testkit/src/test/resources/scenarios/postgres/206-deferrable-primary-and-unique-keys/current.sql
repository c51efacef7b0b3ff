CREATE TABLE slots (
    id int PRIMARY KEY,
    position int NOT NULL UNIQUE,
    code text NOT NULL,
    CONSTRAINT slots_code_key UNIQUE (code) DEFERRABLE
);
