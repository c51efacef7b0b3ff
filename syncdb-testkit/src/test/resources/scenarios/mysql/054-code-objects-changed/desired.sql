CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, stock INT NOT NULL DEFAULT 0);
CREATE TABLE item_audit (id INT AUTO_INCREMENT PRIMARY KEY, item_id INT, note VARCHAR(100));

-- body changed
CREATE TRIGGER items_audit AFTER UPDATE ON items FOR EACH ROW
  INSERT INTO item_audit (item_id, note) VALUES (NEW.id, CONCAT('stock ', OLD.stock, ' -> ', NEW.stock));

-- timing changed
CREATE TRIGGER items_guard AFTER DELETE ON items FOR EACH ROW
BEGIN
  INSERT INTO item_audit (item_id, note) VALUES (OLD.id, 'deleted');
END;

-- result type and body changed
CREATE FUNCTION stock_label(n INT) RETURNS VARCHAR(30) DETERMINISTIC
  RETURN CASE WHEN n > 10 THEN 'plenty' WHEN n > 0 THEN 'in stock' ELSE 'sold out' END;

-- parameters and security changed
CREATE PROCEDURE restock(IN item INT, IN amount INT, OUT new_stock INT)
SQL SECURITY INVOKER
BEGIN
  UPDATE items SET stock = stock + amount WHERE id = item;
  SELECT stock INTO new_stock FROM items WHERE id = item;
END;

-- schedule and comment changed
CREATE EVENT audit_cleanup ON SCHEDULE EVERY 2 DAY ON COMPLETION PRESERVE DISABLE COMMENT 'every other day'
  DO DELETE FROM item_audit WHERE note LIKE 'stock%';
