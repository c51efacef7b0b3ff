CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  qty INT,
  note TEXT,
  total INT
);
CREATE TABLE log (id INTEGER PRIMARY KEY, msg TEXT);
-- reads a column the desired schema drops
CREATE TRIGGER orders_log AFTER INSERT ON orders BEGIN
  INSERT INTO log (msg) VALUES ('note ' || NEW.note);
END;
