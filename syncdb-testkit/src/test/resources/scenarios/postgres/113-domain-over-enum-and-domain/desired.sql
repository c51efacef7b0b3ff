CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN good_mood AS mood CHECK (VALUE <> 'sad');
CREATE DOMAIN great_mood AS good_mood CHECK (VALUE IS NOT NULL);

CREATE TABLE moods (
    id integer PRIMARY KEY,
    today good_mood,
    best great_mood[]
);
