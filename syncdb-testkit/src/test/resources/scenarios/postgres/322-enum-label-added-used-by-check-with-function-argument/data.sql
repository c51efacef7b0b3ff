INSERT INTO boxes VALUES (1, 'small'), (2, 'large');
