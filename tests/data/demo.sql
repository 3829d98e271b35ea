-- The demo database: a small, deterministic e-commerce shop. Used by ./build.sh demo, the
-- tests and the benchmarks. Deterministic: no random(); values derive from row numbers.
-- customers carries personal data (email, ssn) on purpose: the policy examples mask and deny it.
SET client_min_messages = warning;

CREATE TABLE customers (
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    email       text NOT NULL UNIQUE,
    ssn         text,
    country     char(2) NOT NULL,
    created_at  timestamptz NOT NULL
);
COMMENT ON TABLE customers IS 'People who have an account with the shop';
COMMENT ON COLUMN customers.email IS 'Login and contact address (personal data)';
COMMENT ON COLUMN customers.ssn IS 'Social security number (sensitive; never expose)';
COMMENT ON COLUMN customers.country IS 'ISO 3166-1 alpha-2 country code';

CREATE TABLE products (
    id          integer PRIMARY KEY,
    sku         text NOT NULL UNIQUE,
    name        text NOT NULL,
    category    text NOT NULL,
    price       numeric(10,2) NOT NULL CHECK (price >= 0),
    in_stock    boolean NOT NULL DEFAULT true,
    attributes  jsonb NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE products IS 'The catalogue';
COMMENT ON COLUMN products.price IS 'Unit price in EUR';

CREATE TABLE orders (
    id           integer PRIMARY KEY,
    customer_id  integer NOT NULL REFERENCES customers(id),
    status       text NOT NULL CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')),
    created_at   timestamptz NOT NULL,
    shipped_at   timestamptz
);
COMMENT ON TABLE orders IS 'One row per checkout';
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_created_at_idx ON orders (created_at);

CREATE TABLE order_items (
    order_id    integer NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no     smallint NOT NULL,
    product_id  integer NOT NULL REFERENCES products(id),
    quantity    integer NOT NULL CHECK (quantity > 0),
    unit_price  numeric(10,2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
COMMENT ON TABLE order_items IS 'Lines of an order; unit_price is the price at checkout';
CREATE INDEX order_items_product_id_idx ON order_items (product_id);

INSERT INTO customers
SELECT i,
       (ARRAY['Ada','Grace','Linus','Margaret','Dennis','Barbara','Ken','Frances','Edsger','Radia'])[1 + i % 10]
         || ' ' || (ARRAY['Lovelace','Hopper','Torvalds','Hamilton','Ritchie','Liskov','Thompson','Allen','Dijkstra','Perlman'])[1 + (i / 10) % 10],
       'customer' || i || '@example.com',
       lpad((100000000 + i * 7919 % 899999999)::text, 9, '0'),
       (ARRAY['DE','FR','US','GB','NL','SE','JP','BR'])[1 + i % 8],
       timestamptz '2025-01-01 00:00:00+00' + (i * interval '7 hours')
FROM generate_series(1, 200) AS i;

INSERT INTO products
SELECT i,
       'SKU-' || lpad(i::text, 4, '0'),
       (ARRAY['Mechanical keyboard','USB-C hub','Monitor arm','Desk lamp','Notebook','Fountain pen','Headphones','Webcam','Standing desk','Mouse'])[1 + i % 10]
         || ' ' || (ARRAY['Basic','Pro','Max','Mini','Plus'])[1 + i % 5],
       (ARRAY['electronics','office','furniture','stationery'])[1 + i % 4],
       round((5 + (i * 37) % 495)::numeric + (i % 100) / 100.0, 2),
       i % 7 <> 0,
       jsonb_build_object('color', (ARRAY['black','white','grey','blue'])[1 + i % 4], 'weight_g', 100 + i * 13 % 2000)
FROM generate_series(1, 50) AS i;

INSERT INTO orders
SELECT i,
       1 + (i * 7) % 200,
       (ARRAY['pending','paid','shipped','shipped','shipped','cancelled'])[1 + i % 6],
       timestamptz '2025-03-01 00:00:00+00' + (i * interval '173 minutes'),
       CASE WHEN i % 6 IN (2, 3, 4) THEN timestamptz '2025-03-03 00:00:00+00' + (i * interval '173 minutes') END
FROM generate_series(1, 1000) AS i;

INSERT INTO order_items
SELECT o, l, 1 + (o * 3 + l * 11) % 50, 1 + (o + l) % 4,
       (SELECT price FROM products WHERE id = 1 + (o * 3 + l * 11) % 50)
FROM generate_series(1, 1000) AS o, generate_series(1, 1 + o % 4) AS l;

CREATE VIEW customer_revenue AS
SELECT c.id AS customer_id, c.name, c.country, count(DISTINCT o.id) AS orders,
       coalesce(sum(oi.quantity * oi.unit_price), 0) AS revenue
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id AND o.status <> 'cancelled'
LEFT JOIN order_items oi ON oi.order_id = o.id
GROUP BY c.id, c.name, c.country;
COMMENT ON VIEW customer_revenue IS 'Revenue per customer, cancelled orders excluded';

ANALYZE;
