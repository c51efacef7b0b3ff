INSERT INTO scores (id, player, points) VALUES (1, 'ann', 30), (2, 'bob', 20), (3, 'cyd', 20);
