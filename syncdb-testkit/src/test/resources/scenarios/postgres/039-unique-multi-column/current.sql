CREATE TABLE memberships (
    id integer PRIMARY KEY,
    team_id integer NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT memberships_team_user_key UNIQUE (team_id)
);
