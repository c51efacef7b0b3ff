INSERT INTO tickets VALUES (1, 'open'), (2, 'pending'), (3, 'closed');
