INSERT INTO users (id, email, name) VALUES (1, 'a@x.io', 'Ann'), (2, 'b@x.io', 'Bo'), (3, 'c@x.io', 'Cy');
