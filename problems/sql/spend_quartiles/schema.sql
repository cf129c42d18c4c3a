CREATE TABLE Customers (
    customer_id INTEGER,
    total_spend DECIMAL(10, 2)
);
