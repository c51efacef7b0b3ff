INSERT INTO users VALUES (1, 'a@example.org'); INSERT INTO events VALUES (1, 'x'), (2, 'y'); INSERT INTO logs VALUES (1, 'boot');
