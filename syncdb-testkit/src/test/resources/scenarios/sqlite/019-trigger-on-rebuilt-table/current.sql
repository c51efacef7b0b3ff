CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT
);
CREATE TABLE audit (id INTEGER PRIMARY KEY, msg TEXT);
CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN
  INSERT INTO audit (msg) VALUES ('new user ' || NEW.email);
END;
