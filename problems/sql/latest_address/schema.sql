CREATE TABLE AddressChanges (
    change_id INTEGER,
    customer_id INTEGER,
    address VARCHAR,
    updated_at TIMESTAMP
);
