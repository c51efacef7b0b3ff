INSERT INTO named VALUES ('plain');
