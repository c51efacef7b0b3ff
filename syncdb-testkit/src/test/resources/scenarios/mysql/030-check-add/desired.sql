CREATE TABLE t (id int PRIMARY KEY, price decimal(10,2), CONSTRAINT t_price_positive CHECK (price > 0));
