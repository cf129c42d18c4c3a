-- dialect: postgres
SELECT DISTINCT customer_id,
       FIRST_VALUE(amount) OVER w AS first_amount,
       LAST_VALUE(amount) OVER w AS last_amount
FROM Orders
WINDOW w AS (PARTITION BY customer_id ORDER BY order_date, order_id
             ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING);
