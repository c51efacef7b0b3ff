CREATE TABLE orders (
    id bigint NOT NULL,
    placed_on date NOT NULL,
    total numeric(10,2) NOT NULL CHECK (total >= 0),
    PRIMARY KEY (id, placed_on)
) PARTITION BY RANGE (placed_on);
CREATE INDEX orders_total ON orders (total);
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- the archive built by hand the same way: attached, its key and index taken over by the parent's
CREATE TABLE orders_2024 (
    id bigint NOT NULL,
    placed_on date NOT NULL,
    total numeric(10,2) NOT NULL CONSTRAINT orders_total_check CHECK (total >= 0),
    PRIMARY KEY (id, placed_on)
);
CREATE INDEX orders_2024_total_idx ON orders_2024 (total);
