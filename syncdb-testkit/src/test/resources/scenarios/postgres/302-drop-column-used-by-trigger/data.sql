INSERT INTO notes VALUES (1, 'a', NULL, NULL), (2, 'b', 'wip', NULL);
