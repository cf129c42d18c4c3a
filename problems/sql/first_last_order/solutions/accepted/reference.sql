-- dialect: postgres
SELECT DISTINCT customer_id,
       FIRST_VALUE(amount) OVER (PARTITION BY customer_id ORDER BY order_date, order_id) AS first_amount,
       FIRST_VALUE(amount) OVER (PARTITION BY customer_id ORDER BY order_date DESC, order_id DESC) AS last_amount
FROM Orders;
