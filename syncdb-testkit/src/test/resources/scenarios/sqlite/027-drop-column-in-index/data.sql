INSERT INTO events VALUES (1, 'login', 'X1', '2026-01-01'), (2, 'logout', NULL, '2026-01-02'), (3, 'login', 'X3', NULL);
