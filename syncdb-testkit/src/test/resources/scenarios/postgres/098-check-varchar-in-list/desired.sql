-- a constant added to the enum: the IN list grows
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status varchar(20) NOT NULL CHECK (status IN ('NEW', 'PAID', 'SHIPPED', 'REFUNDED')),
    channel varchar(10) CHECK (channel NOT IN ('TEST'))
);
