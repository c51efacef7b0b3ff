CREATE TABLE orders (
    id serial PRIMARY KEY,
    total numeric
);
CREATE TABLE lines (
    id bigserial PRIMARY KEY,
    order_id int
);
