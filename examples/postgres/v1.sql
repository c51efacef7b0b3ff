-- A marketplace schema, version 1 (PostgreSQL). 22 tables.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email varchar(100) NOT NULL UNIQUE,
  display_name text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE profiles (
  user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  bio text,
  birthday date
);
CREATE TABLE avatars (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  url text NOT NULL
);
CREATE TABLE addresses (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  line1 text NOT NULL,
  city text NOT NULL,
  country char(2) NOT NULL
);
CREATE TABLE categories (
  id serial PRIMARY KEY,
  parent_id integer REFERENCES categories (id),
  name text NOT NULL
);
CREATE TABLE vendors (
  id bigserial PRIMARY KEY,
  owner_id bigint NOT NULL REFERENCES users (id),
  name text NOT NULL
);
CREATE TABLE products (
  id bigserial PRIMARY KEY,
  vendor_id bigint NOT NULL REFERENCES vendors (id),
  category_id integer REFERENCES categories (id),
  sku varchar(40) NOT NULL UNIQUE,
  title text NOT NULL,
  price numeric(10,2) NOT NULL CHECK (price >= 0),
  attributes jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX products_title_idx ON products (lower(title));
CREATE TABLE product_images (
  id bigserial PRIMARY KEY,
  product_id bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  url text NOT NULL,
  position integer NOT NULL DEFAULT 0
);
CREATE TABLE inventory (
  product_id bigint PRIMARY KEY REFERENCES products (id),
  quantity integer NOT NULL DEFAULT 0
);
CREATE TABLE carts (
  id uuid PRIMARY KEY,
  user_id bigint REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE cart_items (
  cart_id uuid NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
  product_id bigint NOT NULL REFERENCES products (id),
  qty integer NOT NULL DEFAULT 1,
  PRIMARY KEY (cart_id, product_id)
);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  status order_status NOT NULL DEFAULT 'new',
  total numeric(12,2) NOT NULL,
  placed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_user_idx ON orders (user_id, placed_at DESC);
CREATE TABLE order_lines (
  order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id bigint NOT NULL REFERENCES products (id),
  qty integer NOT NULL,
  unit_price numeric(10,2) NOT NULL,
  PRIMARY KEY (order_id, product_id)
);
CREATE TABLE payments (
  id bigserial PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  amount numeric(12,2) NOT NULL,
  provider varchar(20) NOT NULL,
  paid_at timestamptz
);
CREATE TABLE refunds (
  id bigserial PRIMARY KEY,
  payment_id bigint NOT NULL REFERENCES payments (id),
  amount numeric(12,2) NOT NULL
);
CREATE TABLE shipments (
  id bigserial PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  address_id bigint NOT NULL REFERENCES addresses (id),
  shipped_at timestamptz
);
CREATE TABLE reviews (
  id bigserial PRIMARY KEY,
  product_id bigint NOT NULL REFERENCES products (id),
  user_id bigint NOT NULL REFERENCES users (id),
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  body text
);
CREATE TABLE coupons (
  code varchar(20) PRIMARY KEY,
  percent_off integer NOT NULL CHECK (percent_off BETWEEN 1 AND 100),
  valid_until date
);
CREATE TABLE uploads (
  id bigserial PRIMARY KEY,
  user_id bigint REFERENCES users (id),
  file_name text NOT NULL,
  bytes bigint NOT NULL
);
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  actor_id bigint REFERENCES users (id),
  action text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  details jsonb
);
CREATE TABLE sessions (
  token text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);
CREATE TABLE legacy_export (
  id integer PRIMARY KEY,
  payload text
);
CREATE VIEW order_totals AS
  SELECT o.user_id, count(*) AS orders, sum(o.total) AS spent FROM orders o GROUP BY o.user_id;
COMMENT ON TABLE audit_log IS 'Who did what, when.';
