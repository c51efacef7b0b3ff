INSERT INTO tickets VALUES (1, 10, 'open', NULL), (2, 11, 'closed', '2024-01-02 03:04:05+00');
