CREATE TABLE t (id int PRIMARY KEY, code varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin);
