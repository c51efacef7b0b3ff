INSERT INTO documents (id, title) VALUES (1, 'memo');
INSERT INTO invoices (id, title, amount) VALUES (2, 'invoice 1', 10.5), (3, 'invoice 2', 20);
