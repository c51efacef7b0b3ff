INSERT INTO scores (id, player, points) VALUES (1, 'ada', 10), (2, 'bob', 7), (3, 'cy', 12);
