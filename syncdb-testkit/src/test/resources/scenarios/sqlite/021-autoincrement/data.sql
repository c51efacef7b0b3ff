INSERT INTO ev (what) VALUES ('a'), ('b');
