CREATE DOMAIN status_code AS varchar(10) DEFAULT 'new';

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    status status_code
);
INSERT INTO tickets (id, status) VALUES (1, 'open');
