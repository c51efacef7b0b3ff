CREATE TABLE slots (
    id integer PRIMARY KEY,
    room text,
    starts_at timestamp,
    CONSTRAINT slots_room_start_key UNIQUE (room, starts_at)
);
