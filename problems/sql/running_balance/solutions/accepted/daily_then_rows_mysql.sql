-- dialect: mysql
SELECT account_id, tx_date,
       SUM(day_total) OVER (PARTITION BY account_id ORDER BY tx_date
                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance
FROM (
    SELECT account_id, tx_date, SUM(IFNULL(amount, 0)) AS day_total
    FROM Transactions
    GROUP BY account_id, tx_date
) d;
