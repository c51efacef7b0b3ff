CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, age INT);
CREATE VIEW adults AS SELECT id, name FROM people WHERE age >= 18;
CREATE TRIGGER adults_insert INSTEAD OF INSERT ON adults BEGIN
  INSERT INTO people (id, name, age) VALUES (NEW.id, NEW.name, 18);
END;
CREATE TRIGGER people_check BEFORE INSERT ON people BEGIN
  SELECT RAISE(ABORT, 'age') WHERE NEW.age < 0;
END;
