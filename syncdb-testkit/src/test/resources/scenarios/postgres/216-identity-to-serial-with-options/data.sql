INSERT INTO counters (label) VALUES ('a'), ('b');
INSERT INTO events (kind) VALUES ('x');
