CREATE TABLE t (id int PRIMARY KEY, qty int, CONSTRAINT t_qty CHECK (qty between 0 and 100));
