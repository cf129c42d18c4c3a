-- dialect: postgres
-- LAG takes the previous year *with orders*, even across a gap.
WITH yearly AS (
    SELECT EXTRACT(YEAR FROM order_date)::int AS year, SUM(amount) AS revenue
    FROM Orders GROUP BY 1
)
SELECT year, revenue,
       ROUND(100.0 * (revenue - LAG(revenue) OVER (ORDER BY year))
             / LAG(revenue) OVER (ORDER BY year), 2) AS growth_pct
FROM yearly
ORDER BY year;
