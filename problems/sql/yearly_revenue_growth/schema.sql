CREATE TABLE Orders (
    order_id INTEGER,
    order_date DATE,
    amount INTEGER
);
