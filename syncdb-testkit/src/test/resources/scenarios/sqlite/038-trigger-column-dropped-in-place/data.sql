INSERT INTO notes (id, body, draft) VALUES (1, 'a', 'x'), (2, 'b', NULL);
