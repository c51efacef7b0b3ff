INSERT INTO events VALUES (1, '2025-03-01', 'login', '{"ok": true}');
INSERT INTO events_2024 VALUES (2, '2024-05-01', 'login', NULL), (3, '2024-12-31', 'logout', '{}');
INSERT INTO tallies_eu VALUES ('DE', 3), ('FR', 4);
