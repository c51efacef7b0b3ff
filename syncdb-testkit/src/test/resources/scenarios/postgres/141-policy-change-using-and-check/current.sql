CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    published boolean NOT NULL DEFAULT false
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_read ON documents FOR SELECT USING (owner = current_user);
CREATE POLICY documents_write ON documents FOR INSERT WITH CHECK (owner = current_user);
