-- dialect: postgres
-- Integer division truncates the percentage.
WITH yearly AS (
    SELECT EXTRACT(YEAR FROM order_date)::int AS year, SUM(amount)::int AS revenue
    FROM Orders GROUP BY 1
)
SELECT y.year, y.revenue, ROUND(100 * (y.revenue - p.revenue) / p.revenue, 2) AS growth_pct
FROM yearly y LEFT JOIN yearly p ON p.year = y.year - 1
ORDER BY y.year;
