INSERT INTO tickets (title) VALUES ('a'), ('b'), ('c');
INSERT INTO notes (body) VALUES ('x'), ('y');
