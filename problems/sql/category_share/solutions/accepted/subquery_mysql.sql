-- dialect: mysql
SELECT category,
       IFNULL(SUM(amount), 0) AS revenue,
       ROUND(100 * IFNULL(SUM(amount), 0) / (SELECT SUM(amount) FROM Sales), 2) AS pct
FROM Sales
GROUP BY category;
