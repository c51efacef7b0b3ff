CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL, published INTEGER NOT NULL DEFAULT 0);
CREATE VIEW drafts AS SELECT id, title, published FROM posts WHERE published = 0 ORDER BY id;
CREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published = 1;
