CREATE TABLE Customer (
    customer_id INTEGER,
    name VARCHAR,
    visited_on DATE,
    amount INTEGER
);
