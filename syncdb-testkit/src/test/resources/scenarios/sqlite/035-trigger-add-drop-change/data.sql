INSERT INTO accounts (id, balance) VALUES (1, 10), (2, 20);
INSERT INTO audit (msg) VALUES ('opened');
