-- dialect: postgres
-- SUM over nothing but NULLs is NULL, not 0.
SELECT DISTINCT account_id, tx_date,
       SUM(amount) OVER (PARTITION BY account_id ORDER BY tx_date) AS balance
FROM Transactions;
