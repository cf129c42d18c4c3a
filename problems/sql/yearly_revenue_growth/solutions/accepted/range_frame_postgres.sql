-- dialect: postgres
-- A RANGE frame of exactly one year back finds nothing across a gap.
WITH yearly AS (
    SELECT EXTRACT(YEAR FROM order_date)::int AS year, SUM(amount) AS revenue
    FROM Orders GROUP BY 1
)
SELECT year, revenue,
       ROUND(100.0 * (revenue - prev) / prev, 2) AS growth_pct
FROM (
    SELECT year, revenue,
           MAX(revenue) OVER (ORDER BY year RANGE BETWEEN 1 PRECEDING AND 1 PRECEDING) AS prev
    FROM yearly
) t
ORDER BY year;
