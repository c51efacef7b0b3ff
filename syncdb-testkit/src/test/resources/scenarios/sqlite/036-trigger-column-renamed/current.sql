CREATE TABLE items (id INTEGER PRIMARY KEY, price INT, label TEXT);
CREATE TABLE item_log (id INTEGER PRIMARY KEY, item_id INT, price INT);
CREATE TRIGGER items_price AFTER UPDATE OF price ON items BEGIN
  INSERT INTO item_log (item_id, price) VALUES (NEW.id, NEW.price);
END;
