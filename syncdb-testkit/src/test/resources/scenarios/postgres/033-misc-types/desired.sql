CREATE TABLE devices (
    id integer PRIMARY KEY,
    uid uuid NOT NULL DEFAULT gen_random_uuid(),
    firmware bytea,
    address inet,
    network cidr,
    mac macaddr,
    heartbeat interval DEFAULT '00:05:00',
    seen_at timestamp(3),
    boot_time time(0) with time zone,
    ratio double precision,
    flags bit varying(16),
    initial char(1)
);
