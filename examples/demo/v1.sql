-- syncdb demo, version 1: a tiny shop.
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  total INT,
  created_at TEXT DEFAULT CURRENT_TIMESTAMP
);
