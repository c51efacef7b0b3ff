CREATE TABLE t (id int PRIMARY KEY, created datetime DEFAULT CURRENT_TIMESTAMP, token varchar(36) DEFAULT (uuid()));
