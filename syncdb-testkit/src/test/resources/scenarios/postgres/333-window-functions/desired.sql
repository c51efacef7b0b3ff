CREATE TABLE scores (
    id integer PRIMARY KEY,
    player text NOT NULL,
    points integer NOT NULL
);

CREATE FUNCTION row_no() RETURNS bigint
    LANGUAGE internal WINDOW IMMUTABLE
    AS 'window_row_number';

CREATE FUNCTION ranking() RETURNS bigint
    LANGUAGE internal WINDOW IMMUTABLE
    AS 'window_rank';

CREATE FUNCTION dense() RETURNS bigint
    LANGUAGE internal WINDOW STABLE
    AS 'window_dense_rank';
COMMENT ON FUNCTION dense() IS 'dense rank';

-- new
CREATE FUNCTION lead_of(anyelement) RETURNS anyelement
    LANGUAGE internal WINDOW IMMUTABLE STRICT
    AS 'window_lead';

CREATE VIEW leaderboard AS
SELECT player,
       points,
       row_no() OVER w AS pos,
       dense() OVER w AS tier,
       ranking() OVER w AS rnk,
       lead_of(player) OVER w AS behind
FROM scores
WINDOW w AS (ORDER BY points DESC);
