CREATE TABLE customers (
    id integer PRIMARY KEY,
    country_code varchar(100)
);
