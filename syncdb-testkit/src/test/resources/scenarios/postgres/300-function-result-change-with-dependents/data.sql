INSERT INTO items (id, cents, owner) VALUES (1, 250, 'alice'), (2, 1999, 'bob'), (3, 5, 'carol');
