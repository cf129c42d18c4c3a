-- dialect: postgres
WITH yearly AS (
    SELECT CAST(EXTRACT(YEAR FROM order_date) AS INT) AS year, SUM(amount) AS revenue
    FROM Orders
    GROUP BY 1
)
SELECT y.year, y.revenue,
       ROUND(100.0 * (y.revenue - p.revenue) / p.revenue, 2) AS growth_pct
FROM yearly y
LEFT JOIN yearly p ON p.year = y.year - 1
ORDER BY y.year;
