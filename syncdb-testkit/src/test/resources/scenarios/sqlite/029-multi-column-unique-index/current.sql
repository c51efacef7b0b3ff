CREATE TABLE memberships (id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL, user_id INTEGER NOT NULL, role TEXT);
CREATE INDEX memberships_team ON memberships (team_id);
