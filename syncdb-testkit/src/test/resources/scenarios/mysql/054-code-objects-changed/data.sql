INSERT INTO items (id, name, stock) VALUES (1, 'pen', 5), (2, 'ink', 0);
INSERT INTO item_audit (item_id, note) VALUES (1, 'created');
