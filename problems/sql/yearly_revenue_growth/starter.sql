SELECT EXTRACT(YEAR FROM order_date) AS year, SUM(amount) AS revenue, NULL AS growth_pct
FROM Orders
GROUP BY 1
ORDER BY 1;
