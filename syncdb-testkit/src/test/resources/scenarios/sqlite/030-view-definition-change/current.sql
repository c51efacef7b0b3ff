CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL, published INTEGER NOT NULL DEFAULT 0);
CREATE VIEW drafts AS SELECT id, title FROM posts WHERE published = 0;
CREATE VIEW old_report AS SELECT count(*) AS n FROM posts;
