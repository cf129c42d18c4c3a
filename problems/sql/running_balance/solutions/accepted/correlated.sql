-- dialect: sqlite
SELECT DISTINCT t.account_id, t.tx_date,
       (SELECT COALESCE(SUM(u.amount), 0) FROM Transactions u
        WHERE u.account_id = t.account_id AND u.tx_date <= t.tx_date) AS balance
FROM Transactions t;
