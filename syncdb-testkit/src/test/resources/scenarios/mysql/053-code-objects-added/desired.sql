CREATE TABLE orders (
  id INT PRIMARY KEY,
  qty INT NOT NULL,
  price DECIMAL(10,2) NOT NULL,
  total DECIMAL(10,2)
);
CREATE TABLE order_log (id INT AUTO_INCREMENT PRIMARY KEY, msg VARCHAR(200));

-- a compound trigger body, sent as one statement (no DELIMITER)
CREATE TRIGGER orders_total BEFORE INSERT ON orders FOR EACH ROW
BEGIN
  IF NEW.qty < 0 THEN
    SET NEW.qty = 0;
  END IF;
  SET NEW.total = NEW.qty * NEW.price;
END;

CREATE TRIGGER orders_logged AFTER INSERT ON orders FOR EACH ROW
  INSERT INTO order_log (msg) VALUES (CONCAT('order ', NEW.id));

CREATE FUNCTION line_total(q INT, p DECIMAL(10,2)) RETURNS DECIMAL(12,2) DETERMINISTIC
  RETURN q * p;

CREATE PROCEDURE purge_log(IN keep INT)
MODIFIES SQL DATA
COMMENT 'keeps the newest rows'
BEGIN
  DECLARE n INT DEFAULT 0;
  SELECT COUNT(*) INTO n FROM order_log;
  WHILE n > keep DO
    DELETE FROM order_log ORDER BY id LIMIT 1;
    SET n = n - 1;
  END WHILE;
END;

CREATE EVENT nightly_purge ON SCHEDULE EVERY 1 DAY ON COMPLETION PRESERVE DISABLE
COMMENT 'disabled so it never runs during tests'
DO CALL purge_log(100);
