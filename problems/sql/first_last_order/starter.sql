SELECT customer_id, MIN(amount) AS first_amount, MAX(amount) AS last_amount
FROM Orders
GROUP BY customer_id;
