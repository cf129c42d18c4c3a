-- dialect: mysql
WITH daily AS (
    SELECT visited_on, SUM(amount) AS total FROM Customer GROUP BY visited_on
), windowed AS (
    SELECT visited_on,
           SUM(total) OVER (ORDER BY visited_on
                            RANGE BETWEEN INTERVAL 6 DAY PRECEDING AND CURRENT ROW) AS amount
    FROM daily
)
SELECT visited_on, amount, ROUND(amount / 7, 2) AS average_amount
FROM windowed
WHERE visited_on >= (SELECT MIN(visited_on) FROM Customer) + INTERVAL 6 DAY
ORDER BY visited_on;
