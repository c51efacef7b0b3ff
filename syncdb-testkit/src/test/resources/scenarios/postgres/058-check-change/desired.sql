CREATE TABLE products (
    id integer PRIMARY KEY,
    rating integer CHECK (rating BETWEEN 0 AND 10),
    status text CONSTRAINT products_status_check CHECK (status IN ('draft', 'live', 'archived'))
);
