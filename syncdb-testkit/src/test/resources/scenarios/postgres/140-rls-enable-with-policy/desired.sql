CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    body text
);
INSERT INTO documents VALUES (1, 'alice', 'x');
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents USING (owner = current_user);
