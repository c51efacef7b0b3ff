CREATE TABLE document_versions (
    document_id integer NOT NULL,
    version integer NOT NULL,
    body text,
    PRIMARY KEY (document_id)
);
