-- An old report table that readers may read.
CREATE TABLE old_report (
    id integer PRIMARY KEY,
    body text
);
GRANT SELECT ON old_report TO reader;
