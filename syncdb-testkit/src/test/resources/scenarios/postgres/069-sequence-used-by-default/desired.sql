CREATE SEQUENCE invoice_numbers START WITH 1000;

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('invoice_numbers')
);
