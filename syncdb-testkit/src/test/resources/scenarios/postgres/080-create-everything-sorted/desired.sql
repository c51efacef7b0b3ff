-- 26 tables created in alphabetical order without foreign keys, which are added at the end:
-- neither name order nor creation order is a valid creation order, the planner has to sort.
CREATE TYPE order_state AS ENUM ('cart', 'placed', 'paid', 'shipped', 'closed');

CREATE TABLE a_audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id integer,
    action text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE b_purchase_order_lines (
    purchase_order_id integer NOT NULL,
    line_no integer NOT NULL,
    product_id integer NOT NULL,
    quantity integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (purchase_order_id, line_no)
);

CREATE TABLE c_purchase_orders (
    id integer PRIMARY KEY,
    supplier_id integer NOT NULL,
    warehouse_id integer NOT NULL,
    ordered_on date NOT NULL DEFAULT CURRENT_DATE
);

CREATE TABLE d_product_suppliers (
    product_id integer NOT NULL,
    supplier_id integer NOT NULL,
    cost numeric(10,2),
    PRIMARY KEY (product_id, supplier_id)
);

CREATE TABLE e_suppliers (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    name text NOT NULL,
    UNIQUE (tenant_id, name)
);

CREATE TABLE f_cart_items (
    cart_id integer NOT NULL,
    product_id integer NOT NULL,
    quantity integer NOT NULL DEFAULT 1,
    PRIMARY KEY (cart_id, product_id)
);

CREATE TABLE g_carts (
    id integer PRIMARY KEY,
    user_id integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE h_wishlist_items (
    wishlist_id integer NOT NULL,
    product_id integer NOT NULL,
    PRIMARY KEY (wishlist_id, product_id)
);

CREATE TABLE i_wishlists (
    id integer PRIMARY KEY,
    user_id integer NOT NULL,
    name text NOT NULL DEFAULT 'default'
);

CREATE TABLE j_reviews (
    id integer PRIMARY KEY,
    product_id integer NOT NULL,
    user_id integer NOT NULL,
    stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
    body text
);

CREATE TABLE k_order_coupons (
    order_id integer NOT NULL,
    coupon_id integer NOT NULL,
    PRIMARY KEY (order_id, coupon_id)
);

CREATE TABLE l_coupons (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    code varchar(32) NOT NULL,
    percent_off numeric(5,2)
);

CREATE TABLE m_shipment_items (
    shipment_id integer NOT NULL,
    order_id integer NOT NULL,
    line_no integer NOT NULL,
    PRIMARY KEY (shipment_id, order_id, line_no)
);

CREATE TABLE n_shipments (
    id integer PRIMARY KEY,
    order_id integer NOT NULL,
    warehouse_id integer NOT NULL,
    tracking text
);

CREATE TABLE o_refunds (
    id integer PRIMARY KEY,
    payment_id integer NOT NULL,
    amount numeric(12,2) NOT NULL
);

CREATE TABLE p_payments (
    id integer PRIMARY KEY,
    order_id integer NOT NULL,
    amount numeric(12,2) NOT NULL,
    paid_at timestamptz
);

CREATE TABLE q_order_lines (
    order_id integer NOT NULL,
    line_no integer NOT NULL,
    product_id integer NOT NULL,
    quantity integer NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE r_orders (
    id integer PRIMARY KEY,
    user_id integer NOT NULL,
    shipping_address_id integer,
    state order_state NOT NULL DEFAULT 'cart'
);

CREATE TABLE s_stock (
    product_id integer NOT NULL,
    warehouse_id integer NOT NULL,
    on_hand integer NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, warehouse_id)
);

CREATE TABLE t_warehouses (
    id integer PRIMARY KEY,
    address_id integer NOT NULL,
    name text NOT NULL
);

CREATE TABLE u_product_images (
    id integer PRIMARY KEY,
    product_id integer NOT NULL,
    url text NOT NULL
);

CREATE TABLE v_products (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    category_id integer,
    name text NOT NULL,
    price numeric(10,2) NOT NULL
);

CREATE TABLE w_categories (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    parent_id integer,
    name text NOT NULL
);

CREATE TABLE x_addresses (
    id integer PRIMARY KEY,
    user_id integer NOT NULL,
    line1 text NOT NULL,
    city text NOT NULL
);

CREATE TABLE y_users (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    email text NOT NULL UNIQUE
);

CREATE TABLE z_tenants (
    id integer PRIMARY KEY,
    name text NOT NULL
);

ALTER TABLE a_audit ADD FOREIGN KEY (user_id) REFERENCES y_users (id) ON DELETE SET NULL;
ALTER TABLE b_purchase_order_lines ADD FOREIGN KEY (purchase_order_id) REFERENCES c_purchase_orders (id) ON DELETE CASCADE;
ALTER TABLE b_purchase_order_lines ADD FOREIGN KEY (product_id) REFERENCES v_products (id);
ALTER TABLE c_purchase_orders ADD FOREIGN KEY (supplier_id) REFERENCES e_suppliers (id);
ALTER TABLE c_purchase_orders ADD FOREIGN KEY (warehouse_id) REFERENCES t_warehouses (id);
ALTER TABLE d_product_suppliers ADD FOREIGN KEY (product_id) REFERENCES v_products (id);
ALTER TABLE d_product_suppliers ADD FOREIGN KEY (supplier_id) REFERENCES e_suppliers (id);
ALTER TABLE e_suppliers ADD FOREIGN KEY (tenant_id) REFERENCES z_tenants (id);
ALTER TABLE f_cart_items ADD FOREIGN KEY (cart_id) REFERENCES g_carts (id) ON DELETE CASCADE;
ALTER TABLE f_cart_items ADD FOREIGN KEY (product_id) REFERENCES v_products (id);
ALTER TABLE g_carts ADD FOREIGN KEY (user_id) REFERENCES y_users (id);
ALTER TABLE h_wishlist_items ADD FOREIGN KEY (wishlist_id) REFERENCES i_wishlists (id) ON DELETE CASCADE;
ALTER TABLE h_wishlist_items ADD FOREIGN KEY (product_id) REFERENCES v_products (id);
ALTER TABLE i_wishlists ADD FOREIGN KEY (user_id) REFERENCES y_users (id);
ALTER TABLE j_reviews ADD FOREIGN KEY (product_id) REFERENCES v_products (id);
ALTER TABLE j_reviews ADD FOREIGN KEY (user_id) REFERENCES y_users (id);
ALTER TABLE k_order_coupons ADD FOREIGN KEY (order_id) REFERENCES r_orders (id);
ALTER TABLE k_order_coupons ADD FOREIGN KEY (coupon_id) REFERENCES l_coupons (id);
ALTER TABLE l_coupons ADD FOREIGN KEY (tenant_id) REFERENCES z_tenants (id);
ALTER TABLE m_shipment_items ADD FOREIGN KEY (shipment_id) REFERENCES n_shipments (id);
ALTER TABLE m_shipment_items ADD FOREIGN KEY (order_id, line_no) REFERENCES q_order_lines (order_id, line_no);
ALTER TABLE n_shipments ADD FOREIGN KEY (order_id) REFERENCES r_orders (id);
ALTER TABLE n_shipments ADD FOREIGN KEY (warehouse_id) REFERENCES t_warehouses (id);
ALTER TABLE o_refunds ADD FOREIGN KEY (payment_id) REFERENCES p_payments (id);
ALTER TABLE p_payments ADD FOREIGN KEY (order_id) REFERENCES r_orders (id);
ALTER TABLE q_order_lines ADD FOREIGN KEY (order_id) REFERENCES r_orders (id) ON DELETE CASCADE;
ALTER TABLE q_order_lines ADD FOREIGN KEY (product_id) REFERENCES v_products (id);
ALTER TABLE r_orders ADD FOREIGN KEY (user_id) REFERENCES y_users (id);
ALTER TABLE r_orders ADD FOREIGN KEY (shipping_address_id) REFERENCES x_addresses (id);
ALTER TABLE s_stock ADD FOREIGN KEY (product_id) REFERENCES v_products (id);
ALTER TABLE s_stock ADD FOREIGN KEY (warehouse_id) REFERENCES t_warehouses (id);
ALTER TABLE t_warehouses ADD FOREIGN KEY (address_id) REFERENCES x_addresses (id);
ALTER TABLE u_product_images ADD FOREIGN KEY (product_id) REFERENCES v_products (id) ON DELETE CASCADE;
ALTER TABLE v_products ADD FOREIGN KEY (tenant_id) REFERENCES z_tenants (id);
ALTER TABLE v_products ADD FOREIGN KEY (category_id) REFERENCES w_categories (id) ON DELETE SET NULL;
ALTER TABLE w_categories ADD FOREIGN KEY (tenant_id) REFERENCES z_tenants (id);
ALTER TABLE w_categories ADD FOREIGN KEY (parent_id) REFERENCES w_categories (id);
ALTER TABLE x_addresses ADD FOREIGN KEY (user_id) REFERENCES y_users (id) ON DELETE CASCADE;
ALTER TABLE y_users ADD FOREIGN KEY (tenant_id) REFERENCES z_tenants (id);

CREATE INDEX r_orders_user_idx ON r_orders (user_id);
CREATE INDEX v_products_category_idx ON v_products (category_id) WHERE category_id IS NOT NULL;
CREATE UNIQUE INDEX l_coupons_code_idx ON l_coupons (tenant_id, lower(code));

CREATE VIEW order_totals AS
    SELECT o.id AS order_id, sum(l.quantity * p.price) AS total
    FROM r_orders o
    JOIN q_order_lines l ON l.order_id = o.id
    JOIN v_products p ON p.id = l.product_id
    GROUP BY o.id;
