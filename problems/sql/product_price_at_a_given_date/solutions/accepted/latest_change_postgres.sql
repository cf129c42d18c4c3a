-- dialect: postgres
WITH ranked AS (
    SELECT product_id, new_price,
           ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY change_date DESC) AS rn
    FROM Products
    WHERE change_date <= DATE '2019-08-16'
)
SELECT p.product_id, COALESCE(r.new_price, 10) AS price
FROM (SELECT DISTINCT product_id FROM Products) p
LEFT JOIN ranked r ON r.product_id = p.product_id AND r.rn = 1;
