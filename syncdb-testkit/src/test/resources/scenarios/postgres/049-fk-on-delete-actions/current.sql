CREATE TABLE authors (
    id integer PRIMARY KEY
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES authors (id) ON DELETE CASCADE,
    editor_id integer CONSTRAINT books_editor_fk REFERENCES authors (id)
);
