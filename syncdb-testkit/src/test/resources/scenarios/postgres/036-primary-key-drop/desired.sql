CREATE TABLE log_lines (
    id bigint NOT NULL,
    line text
);
