CREATE TABLE accounts (
  id INT PRIMARY KEY,
  owner VARCHAR(50) NOT NULL,
  balance INT NOT NULL DEFAULT 0,
  legacy_flag TINYINT
);
CREATE TABLE ledger (id INT AUTO_INCREMENT PRIMARY KEY, account_id INT, delta INT);

-- reads a column the desired schema drops
CREATE TRIGGER accounts_ledger AFTER UPDATE ON accounts FOR EACH ROW
  INSERT INTO ledger (account_id, delta) VALUES (NEW.id, NEW.balance - OLD.balance + COALESCE(NEW.legacy_flag, 0));

CREATE FUNCTION fee(amount INT) RETURNS INT DETERMINISTIC RETURN amount DIV 100;

CREATE PROCEDURE close_account(IN acc INT) BEGIN DELETE FROM accounts WHERE id = acc; END;

CREATE EVENT ledger_trim ON SCHEDULE EVERY 1 MONTH STARTS '2031-01-01 00:00:00' DISABLE DO DELETE FROM ledger;
