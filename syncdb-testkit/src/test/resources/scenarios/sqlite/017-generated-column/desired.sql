CREATE TABLE line (id INTEGER PRIMARY KEY, qty INT, price REAL, total REAL GENERATED ALWAYS AS (qty * price) STORED, half REAL AS (price / 2));
