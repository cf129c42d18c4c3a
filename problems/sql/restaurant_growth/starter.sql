-- dialect: mysql
SELECT visited_on, SUM(amount) AS amount, 0 AS average_amount
FROM Customer
GROUP BY visited_on
ORDER BY visited_on;
