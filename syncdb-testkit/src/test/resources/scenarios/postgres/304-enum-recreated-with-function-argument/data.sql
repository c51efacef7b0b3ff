INSERT INTO pages VALUES (1, 'draft'), (2, 'live');
