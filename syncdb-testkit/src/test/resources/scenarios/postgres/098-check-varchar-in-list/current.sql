-- what Hibernate writes for @Enumerated(STRING): an IN list on a varchar column
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status varchar(20) NOT NULL CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
    channel varchar(10) CHECK (channel NOT IN ('TEST'))
);
