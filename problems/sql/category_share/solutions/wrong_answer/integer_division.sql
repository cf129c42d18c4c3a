-- dialect: postgres
-- Integer division: every share is truncated to a whole percent.
SELECT category,
       COALESCE(SUM(amount), 0) AS revenue,
       ROUND(100 * COALESCE(SUM(amount), 0) / NULLIF(SUM(SUM(amount)) OVER (), 0), 2) AS pct
FROM Sales
GROUP BY category;
