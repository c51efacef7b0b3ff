INSERT INTO memberships VALUES (1, 1, 1, 'owner'), (2, 1, 2, 'member'), (3, 2, 1, NULL);
