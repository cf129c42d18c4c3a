-- dialect: mysql
WITH r AS (
    SELECT customer_id, amount,
           ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY order_date, order_id) AS up,
           ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY order_date DESC, order_id DESC) AS down
    FROM Orders
)
SELECT customer_id,
       MAX(CASE WHEN up = 1 THEN amount END) AS first_amount,
       MAX(CASE WHEN down = 1 THEN amount END) AS last_amount
FROM r
GROUP BY customer_id;
