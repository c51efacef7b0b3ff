CREATE SEQUENCE old_ticket_numbers;

CREATE TABLE invoices (
    id integer PRIMARY KEY
);
