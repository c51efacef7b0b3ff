CREATE TABLE orders (
    id integer PRIMARY KEY,
    code text
);
INSERT INTO orders VALUES (1, 'A-1');
