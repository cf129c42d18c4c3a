SELECT customer_id, total_spend, 1 AS quartile
FROM Customers;
