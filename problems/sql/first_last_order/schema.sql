CREATE TABLE Orders (
    order_id INTEGER,
    customer_id INTEGER,
    order_date DATE,
    amount INTEGER
);
