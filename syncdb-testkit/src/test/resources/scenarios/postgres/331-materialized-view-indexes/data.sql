INSERT INTO visits (id, path, host, ms) VALUES (1, '/', 'a', 40), (2, '/a', 'a', 400), (3, '/', 'b', 90);
