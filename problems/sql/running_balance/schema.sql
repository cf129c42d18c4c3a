CREATE TABLE Transactions (
    tx_id INTEGER,
    account_id INTEGER,
    tx_date DATE,
    amount INTEGER
);
