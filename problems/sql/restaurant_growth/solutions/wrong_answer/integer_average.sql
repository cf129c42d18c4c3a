-- dialect: postgres
-- Postgres: integer / 7 is integer division.
WITH daily AS (
    SELECT visited_on, SUM(amount)::int AS total FROM Customer GROUP BY visited_on
)
SELECT visited_on, amount, ROUND(amount / 7, 2) AS average_amount
FROM (
    SELECT visited_on,
           (SUM(total) OVER (ORDER BY visited_on ROWS BETWEEN 6 PRECEDING AND CURRENT ROW))::int AS amount,
           ROW_NUMBER() OVER (ORDER BY visited_on) AS n
    FROM daily
) w
WHERE n >= 7
ORDER BY visited_on;
