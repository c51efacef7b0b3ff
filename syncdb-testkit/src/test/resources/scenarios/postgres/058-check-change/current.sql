CREATE TABLE products (
    id integer PRIMARY KEY,
    rating integer CHECK (rating BETWEEN 1 AND 5),
    status text CONSTRAINT products_status_check CHECK (status IN ('draft', 'live'))
);
