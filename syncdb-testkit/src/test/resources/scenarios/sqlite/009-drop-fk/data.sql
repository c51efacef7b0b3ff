INSERT INTO authors VALUES (1, 'Le Guin'), (2, 'Lem');
INSERT INTO books VALUES (1, 1, 'Earthsea'), (2, 2, 'Solaris'), (3, NULL, 'Anon');
