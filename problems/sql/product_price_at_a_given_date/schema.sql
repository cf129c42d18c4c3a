CREATE TABLE Products (
    product_id INTEGER,
    new_price INTEGER,
    change_date DATE
);
