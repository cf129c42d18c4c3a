-- dialect: postgres
-- Unbilled customers are bucketed too (and sorted first).
SELECT customer_id, total_spend,
       NTILE(4) OVER (ORDER BY total_spend DESC, customer_id) AS quartile
FROM Customers;
