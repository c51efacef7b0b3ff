CREATE TABLE slots (
    id integer PRIMARY KEY,
    room text,
    starts_at timestamp,
    CONSTRAINT slots_room_start_key UNIQUE NULLS NOT DISTINCT (room, starts_at)
);
