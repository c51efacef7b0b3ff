CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INT NOT NULL DEFAULT 0, updated TEXT);
CREATE TABLE audit (id INTEGER PRIMARY KEY, msg TEXT);
-- changed body
CREATE TRIGGER accounts_touch AFTER UPDATE OF balance ON accounts
WHEN NEW.balance <> OLD.balance
BEGIN
  UPDATE accounts SET updated = datetime('now') WHERE id = NEW.id;
END;
-- new trigger; accounts_gone is dropped
CREATE TRIGGER accounts_new BEFORE INSERT ON accounts BEGIN
  SELECT RAISE(ABORT, 'negative balance') WHERE NEW.balance < 0;
END;
