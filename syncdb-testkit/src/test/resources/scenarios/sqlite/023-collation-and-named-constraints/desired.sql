CREATE TABLE tag (
  id INTEGER CONSTRAINT tag_pk PRIMARY KEY,
  label TEXT COLLATE NOCASE CONSTRAINT tag_label_uq UNIQUE,
  CONSTRAINT tag_label_nonempty CHECK (length(label) > 0)
);
