CREATE TABLE scores (
    id integer PRIMARY KEY,
    points integer,
    achieved_at timestamptz
);

CREATE INDEX scores_rank_idx ON scores (points, achieved_at);
