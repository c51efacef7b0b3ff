CREATE TABLE t (id int PRIMARY KEY, price decimal(10,2), qty int, total decimal(12,2) AS (price * qty) STORED, half decimal(12,2) AS (price / 2) VIRTUAL);
