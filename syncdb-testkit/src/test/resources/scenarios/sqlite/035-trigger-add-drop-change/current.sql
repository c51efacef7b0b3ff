CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INT NOT NULL DEFAULT 0, updated TEXT);
CREATE TABLE audit (id INTEGER PRIMARY KEY, msg TEXT);
CREATE TRIGGER accounts_touch AFTER UPDATE OF balance ON accounts BEGIN
  UPDATE accounts SET updated = 'now' WHERE id = NEW.id;
END;
CREATE TRIGGER accounts_gone AFTER DELETE ON accounts BEGIN
  INSERT INTO audit (msg) VALUES ('deleted ' || OLD.id);
END;
