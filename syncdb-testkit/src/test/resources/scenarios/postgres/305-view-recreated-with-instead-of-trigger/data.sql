INSERT INTO people VALUES (1, 'ada'), (2, 'grace');
