-- dialect: postgres
-- Every day has a row, so the last seven rows are the last seven days.
WITH daily AS (
    SELECT visited_on, SUM(amount) AS total FROM Customer GROUP BY visited_on
)
SELECT visited_on, amount, ROUND(amount / 7.0, 2) AS average_amount
FROM (
    SELECT visited_on,
           SUM(total) OVER (ORDER BY visited_on ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS amount,
           ROW_NUMBER() OVER (ORDER BY visited_on) AS n
    FROM daily
) w
WHERE n >= 7
ORDER BY visited_on;
