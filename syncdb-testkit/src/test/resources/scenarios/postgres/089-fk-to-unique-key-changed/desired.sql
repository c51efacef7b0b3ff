CREATE TABLE parents (
    id integer PRIMARY KEY,
    code text,
    CONSTRAINT parents_code_key UNIQUE NULLS NOT DISTINCT (code)
);

CREATE TABLE children (
    id integer PRIMARY KEY,
    parent_code text REFERENCES parents (code)
);
