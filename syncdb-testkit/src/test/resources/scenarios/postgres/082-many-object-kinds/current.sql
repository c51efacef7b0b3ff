CREATE TYPE plan_tier AS ENUM ('free', 'pro');

CREATE TABLE organizations (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL,
    tier plan_tier NOT NULL DEFAULT 'free'
);

CREATE TABLE members (
    id integer PRIMARY KEY,
    organization_id integer NOT NULL REFERENCES organizations (id),
    email varchar(100) NOT NULL,
    role text
);

CREATE TABLE obsolete_tokens (
    token text PRIMARY KEY
);

CREATE VIEW member_emails AS
    SELECT m.email, o.name AS organization FROM members m JOIN organizations o ON o.id = m.organization_id;
