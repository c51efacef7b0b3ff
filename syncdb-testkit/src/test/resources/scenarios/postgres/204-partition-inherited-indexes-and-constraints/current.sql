CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE invoices (
    id bigint NOT NULL,
    customer_id bigint NOT NULL REFERENCES customers (id),
    issued_on date NOT NULL,
    amount numeric NOT NULL,
    PRIMARY KEY (id, issued_on)
) PARTITION BY RANGE (issued_on);
CREATE TABLE invoices_2024 PARTITION OF invoices FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE invoices_2025 PARTITION OF invoices FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
