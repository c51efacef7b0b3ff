CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);

CREATE TABLE readings (
    id integer PRIMARY KEY,
    span floatrange
);
CREATE INDEX readings_span ON readings USING gist (span);
