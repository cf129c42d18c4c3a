CREATE TABLE Deliveries (
    delivery_id INTEGER,
    region VARCHAR,
    minutes INTEGER
);
