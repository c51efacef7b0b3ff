CREATE TABLE memberships (id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL, user_id INTEGER NOT NULL, role TEXT);
CREATE UNIQUE INDEX memberships_team_user ON memberships (team_id, user_id);
CREATE INDEX memberships_role ON memberships (role DESC) WHERE role IS NOT NULL;
