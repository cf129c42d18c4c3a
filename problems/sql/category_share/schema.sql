CREATE TABLE Sales (
    sale_id INTEGER,
    category VARCHAR,
    amount INTEGER
);
