CREATE TABLE scores (
    id integer PRIMARY KEY,
    player text NOT NULL,
    points integer NOT NULL
);

-- window functions over the server's own window routines (LANGUAGE internal needs a superuser)

-- kept, read by the view
CREATE FUNCTION row_no() RETURNS bigint
    LANGUAGE internal WINDOW IMMUTABLE
    AS 'window_row_number';

-- dropped
CREATE FUNCTION lag_of(anyelement, integer) RETURNS anyelement
    LANGUAGE internal WINDOW IMMUTABLE STRICT
    AS 'window_lag_with_offset';

-- a plain function that becomes a window function: dropped and created, with the view that reads it
CREATE FUNCTION ranking() RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS 'SELECT 1::bigint';

-- its volatility and comment change in place
CREATE FUNCTION dense() RETURNS bigint
    LANGUAGE internal WINDOW IMMUTABLE
    AS 'window_dense_rank';

CREATE VIEW leaderboard AS
SELECT player,
       points,
       row_no() OVER (ORDER BY points DESC) AS pos,
       dense() OVER (ORDER BY points DESC) AS tier,
       lag_of(player, 1) OVER (ORDER BY points DESC) AS ahead,
       ranking() AS rnk
FROM scores;
