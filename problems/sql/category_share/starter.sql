SELECT category, SUM(amount) AS revenue, 0 AS pct
FROM Sales
GROUP BY category;
