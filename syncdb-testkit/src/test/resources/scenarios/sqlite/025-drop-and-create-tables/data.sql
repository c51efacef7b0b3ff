INSERT INTO authors VALUES (1, 'Lem');
INSERT INTO old_stuff VALUES (1, 1);
