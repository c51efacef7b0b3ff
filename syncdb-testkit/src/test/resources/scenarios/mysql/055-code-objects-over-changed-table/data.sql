INSERT INTO accounts (id, owner, balance, legacy_flag) VALUES (1, 'ann', 100, NULL), (2, 'bo', 50, 1);
INSERT INTO ledger (account_id, delta) VALUES (1, 100), (2, 50);
