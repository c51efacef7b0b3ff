INSERT INTO transfers VALUES (1, 20.00, false), (2, 5000.00, true);
