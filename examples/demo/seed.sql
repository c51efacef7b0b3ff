-- Sample rows for the demo database (version 1), so the demo can show that every row survives.
INSERT INTO customers (id, email, name) VALUES
  (1, 'ada@example.com', 'Ada Lovelace'),
  (2, 'alan@example.com', 'Alan Turing'),
  (3, 'grace@example.com', 'Grace Hopper');
INSERT INTO orders (id, customer_id, total) VALUES
  (1, 1, 120), (2, 1, 35), (3, 2, 80), (4, 3, 15), (5, 3, 260);
