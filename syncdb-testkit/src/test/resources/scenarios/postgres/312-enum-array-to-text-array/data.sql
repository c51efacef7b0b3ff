INSERT INTO checks VALUES (1, '{red,green}'), (2, '{}');
