CREATE TABLE categories (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES categories (id) ON DELETE CASCADE, name TEXT NOT NULL DEFAULT '', slug TEXT);
CREATE UNIQUE INDEX categories_slug ON categories (slug);
