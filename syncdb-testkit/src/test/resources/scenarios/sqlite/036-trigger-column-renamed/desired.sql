CREATE TABLE items (id INTEGER PRIMARY KEY, unit_price INT, label TEXT);
CREATE TABLE item_log (id INTEGER PRIMARY KEY, item_id INT, price INT);
CREATE TRIGGER items_price AFTER UPDATE OF unit_price ON items BEGIN
  INSERT INTO item_log (item_id, price) VALUES (NEW.id, NEW.unit_price);
END;
