CREATE TABLE acc (id INTEGER PRIMARY KEY, balance INT NOT NULL CHECK (balance >= 0), CONSTRAINT acc_id_positive CHECK (id > 0));
