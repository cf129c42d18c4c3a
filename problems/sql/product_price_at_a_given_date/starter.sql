-- dialect: mysql
SELECT product_id, 10 AS price
FROM Products;
