CREATE TABLE authors (
    id integer PRIMARY KEY
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES authors (id) ON DELETE SET NULL,
    editor_id integer CONSTRAINT books_editor_fk REFERENCES authors (id) ON DELETE CASCADE
);
