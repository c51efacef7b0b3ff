CREATE TABLE orders (
    id bigint NOT NULL,
    placed_on date NOT NULL,
    total numeric(10,2) NOT NULL CHECK (total >= 0),
    PRIMARY KEY (id, placed_on)
) PARTITION BY RANGE (placed_on);
CREATE INDEX orders_total ON orders (total);
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
