INSERT INTO orders (id, qty, price, total) VALUES (1, 2, 3.50, 7.00), (2, 1, 10.00, 10.00);
INSERT INTO order_log (msg) VALUES ('order 1'), ('order 2');
