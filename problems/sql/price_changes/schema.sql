CREATE TABLE PriceLog (
    product_id INTEGER,
    log_date DATE,
    price DECIMAL(8, 2)
);
