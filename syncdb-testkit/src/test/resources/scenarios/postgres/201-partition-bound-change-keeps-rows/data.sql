INSERT INTO measurements VALUES (1, '2024-01-10', 1.5), (2, '2024-02-20', 2.5), (3, '2024-06-01', 3.5);
INSERT INTO readings VALUES (1, 'DE'), (2, 'FR');
