CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE rooms (id int PRIMARY KEY);
CREATE TABLE bookings (
    id int PRIMARY KEY,
    room_id int NOT NULL,
    during tsrange NOT NULL
);
