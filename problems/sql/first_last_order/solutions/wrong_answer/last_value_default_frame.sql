-- dialect: postgres
-- The default frame ends at the current row: LAST_VALUE is each row's own amount.
SELECT DISTINCT customer_id,
       FIRST_VALUE(amount) OVER (PARTITION BY customer_id ORDER BY order_date, order_id) AS first_amount,
       LAST_VALUE(amount) OVER (PARTITION BY customer_id ORDER BY order_date, order_id) AS last_amount
FROM Orders;
