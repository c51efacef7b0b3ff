INSERT INTO items (id, price, label) VALUES (1, 5, 'pen'), (2, 7, 'ink');
INSERT INTO item_log (item_id, price) VALUES (1, 4);
