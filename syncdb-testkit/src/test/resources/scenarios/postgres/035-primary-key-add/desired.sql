CREATE TABLE countries (
    code char(2) NOT NULL PRIMARY KEY,
    name text NOT NULL
);
