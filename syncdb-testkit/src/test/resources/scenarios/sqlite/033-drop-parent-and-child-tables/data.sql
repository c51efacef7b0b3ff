INSERT INTO keep_me VALUES (1, 'stays');
