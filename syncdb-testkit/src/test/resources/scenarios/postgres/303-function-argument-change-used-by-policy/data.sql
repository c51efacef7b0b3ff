INSERT INTO accounts VALUES (1, 'acme'), (2, 'globex');
