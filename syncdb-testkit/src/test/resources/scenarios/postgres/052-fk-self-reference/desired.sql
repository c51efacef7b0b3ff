CREATE TABLE employees (
    id integer PRIMARY KEY,
    name text NOT NULL,
    manager_id integer REFERENCES employees (id) ON DELETE SET NULL
);

CREATE TABLE categories (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES categories (id)
);
