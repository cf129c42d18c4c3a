-- dialect: postgres
-- Shares the number of sales, not the money.
SELECT category,
       COALESCE(SUM(amount), 0) AS revenue,
       ROUND(100.0 * COUNT(*) / SUM(COUNT(*)) OVER (), 2) AS pct
FROM Sales
GROUP BY category;
