INSERT INTO customers VALUES (1), (2);
INSERT INTO invoices VALUES (1, 1, '2024-05-01', 10), (2, 2, '2025-02-01', 20);
