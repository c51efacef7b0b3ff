CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, draft TEXT);
CREATE TABLE note_log (id INTEGER PRIMARY KEY, msg TEXT);
CREATE TRIGGER notes_log AFTER INSERT ON notes BEGIN
  INSERT INTO note_log (msg) VALUES (NEW.body || ' / ' || NEW.draft);
END;
