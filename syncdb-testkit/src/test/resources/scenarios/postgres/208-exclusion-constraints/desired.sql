CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE rooms (id int PRIMARY KEY);
CREATE TABLE bookings (
    id int PRIMARY KEY,
    room_id int NOT NULL,
    during tsrange NOT NULL,
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)
);
CREATE TABLE circles (
    c circle,
    EXCLUDE USING gist (c WITH &&) DEFERRABLE
);
