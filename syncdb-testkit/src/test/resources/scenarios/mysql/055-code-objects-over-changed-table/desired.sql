CREATE TABLE accounts (
  id INT PRIMARY KEY,
  owner VARCHAR(80) NOT NULL,
  balance BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE ledger (id INT AUTO_INCREMENT PRIMARY KEY, account_id INT, delta BIGINT);

CREATE TRIGGER accounts_ledger AFTER UPDATE ON accounts FOR EACH ROW
  INSERT INTO ledger (account_id, delta) VALUES (NEW.id, NEW.balance - OLD.balance);

-- a new trigger on the changed table
CREATE TRIGGER accounts_no_negative BEFORE UPDATE ON accounts FOR EACH ROW
BEGIN
  IF NEW.balance < 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative balance';
  END IF;
END;

-- fee is gone; close_account is kept unchanged; a new function
CREATE PROCEDURE close_account(IN acc INT) BEGIN DELETE FROM accounts WHERE id = acc; END;

CREATE FUNCTION owner_key(o VARCHAR(80)) RETURNS VARCHAR(80) DETERMINISTIC NO SQL RETURN LOWER(TRIM(o));

-- start moved, end added
CREATE EVENT ledger_trim ON SCHEDULE EVERY 1 MONTH STARTS '2032-01-01 00:00:00' ENDS '2035-01-01 00:00:00' DISABLE
  DO DELETE FROM ledger WHERE delta = 0;
