-- dialect: postgres
-- The default frame (RANGE ... CURRENT ROW) takes in every row of the same day.
SELECT DISTINCT account_id, tx_date,
       SUM(COALESCE(amount, 0)) OVER (PARTITION BY account_id ORDER BY tx_date) AS balance
FROM Transactions;
