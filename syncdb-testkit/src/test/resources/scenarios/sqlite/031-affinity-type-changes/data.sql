INSERT INTO readings VALUES (1, 's1', '12.5', '2026-01-01 10:00:00', x'00ff'), (2, 's2', '7', NULL, NULL), (3, 's1', NULL, '2026-01-02', x'');
