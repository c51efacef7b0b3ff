CREATE TABLE log_lines (
    id bigint PRIMARY KEY,
    line text
);
