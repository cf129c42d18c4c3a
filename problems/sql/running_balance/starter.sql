SELECT account_id, tx_date, 0 AS balance
FROM Transactions;
