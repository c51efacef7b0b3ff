INSERT INTO docs VALUES (1, 'ann'), (2, 'bo');
