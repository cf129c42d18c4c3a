-- dialect: postgres
-- Quartile 1 must hold the biggest spenders.
SELECT customer_id, total_spend,
       NTILE(4) OVER (ORDER BY total_spend, customer_id) AS quartile
FROM Customers
WHERE total_spend IS NOT NULL;
