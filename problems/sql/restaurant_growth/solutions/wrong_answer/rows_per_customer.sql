-- dialect: mysql
-- Six preceding *rows* of customers, not six preceding days.
SELECT visited_on, amount, ROUND(amount / 7, 2) AS average_amount
FROM (
    SELECT visited_on,
           SUM(amount) OVER (ORDER BY visited_on ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS amount,
           MIN(visited_on) OVER () AS first_day
    FROM Customer
) t
WHERE visited_on >= first_day + INTERVAL 6 DAY
ORDER BY visited_on;
