CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    published boolean NOT NULL DEFAULT false
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_read ON documents FOR SELECT USING (published OR owner = current_user);
CREATE POLICY documents_write ON documents FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user AND NOT published);
