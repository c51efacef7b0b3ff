INSERT INTO r VALUES (1, 'a'), (5, 'b');
