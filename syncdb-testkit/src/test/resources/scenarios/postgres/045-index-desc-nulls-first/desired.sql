CREATE TABLE scores (
    id integer PRIMARY KEY,
    points integer,
    achieved_at timestamptz
);

CREATE INDEX scores_rank_idx ON scores (points DESC NULLS LAST, achieved_at ASC NULLS FIRST);
CREATE INDEX scores_recent_idx ON scores (achieved_at DESC);
