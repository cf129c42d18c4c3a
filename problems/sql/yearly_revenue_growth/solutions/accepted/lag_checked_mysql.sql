-- dialect: mysql
WITH yearly AS (
    SELECT YEAR(order_date) AS year, SUM(amount) AS revenue
    FROM Orders
    GROUP BY YEAR(order_date)
), prev AS (
    SELECT year, revenue,
           LAG(year) OVER (ORDER BY year) AS prev_year,
           LAG(revenue) OVER (ORDER BY year) AS prev_revenue
    FROM yearly
)
SELECT year, revenue,
       CASE WHEN prev_year = year - 1
            THEN ROUND(100 * (revenue - prev_revenue) / prev_revenue, 2) END AS growth_pct
FROM prev
ORDER BY year;
