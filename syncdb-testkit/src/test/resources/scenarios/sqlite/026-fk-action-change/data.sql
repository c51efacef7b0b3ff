INSERT INTO customers VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO orders VALUES (10, 1, 9.5), (11, 1, 3.25), (12, 2, 100);
INSERT INTO order_lines VALUES (100, 10, 'a'), (101, 10, 'b'), (102, 11, 'c'), (103, 12, 'd');
