CREATE TABLE t (id int PRIMARY KEY, b tinyint(1) NOT NULL DEFAULT 0, f double, d date, tm time(3), y year, bin varbinary(16), bl blob, bits bit(8) DEFAULT b'101');
