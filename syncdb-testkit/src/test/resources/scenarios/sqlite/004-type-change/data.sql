INSERT INTO items VALUES (1, 5, '9.99'), (2, NULL, 'n/a');
