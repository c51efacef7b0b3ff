CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE VIEW user_emails AS SELECT email FROM users;
