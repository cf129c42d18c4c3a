-- dialect: postgres
WITH totals AS (
    SELECT category, COALESCE(SUM(amount), 0) AS revenue FROM Sales GROUP BY category
)
SELECT category, revenue,
       ROUND(revenue::numeric * 100 / NULLIF(SUM(revenue) OVER (), 0), 2) AS pct
FROM totals;
