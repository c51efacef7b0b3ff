CREATE TABLE customers (
    id integer PRIMARY KEY,
    name varchar(200) NOT NULL
);
