CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, stock INT NOT NULL DEFAULT 0);
CREATE TABLE item_audit (id INT AUTO_INCREMENT PRIMARY KEY, item_id INT, note VARCHAR(100));

CREATE TRIGGER items_audit AFTER UPDATE ON items FOR EACH ROW
  INSERT INTO item_audit (item_id, note) VALUES (NEW.id, 'updated');

CREATE TRIGGER items_guard BEFORE DELETE ON items FOR EACH ROW
BEGIN
  IF OLD.stock > 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'item in stock';
  END IF;
END;

CREATE FUNCTION stock_label(n INT) RETURNS VARCHAR(20) DETERMINISTIC
  RETURN CASE WHEN n > 0 THEN 'in stock' ELSE 'sold out' END;

CREATE PROCEDURE restock(IN item INT, IN amount INT)
  UPDATE items SET stock = stock + amount WHERE id = item;

CREATE EVENT audit_cleanup ON SCHEDULE EVERY 1 WEEK DISABLE
  DO DELETE FROM item_audit WHERE note = 'updated';
