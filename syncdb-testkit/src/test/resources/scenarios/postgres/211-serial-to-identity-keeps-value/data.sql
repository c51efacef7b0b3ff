INSERT INTO orders (total) VALUES (1), (2), (3), (4);
INSERT INTO lines (order_id) VALUES (1), (2);
