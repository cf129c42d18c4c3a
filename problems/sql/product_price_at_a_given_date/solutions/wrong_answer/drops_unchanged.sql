-- dialect: mysql
-- Products with no change by the day disappear instead of costing 10.
SELECT product_id, new_price AS price
FROM Products
WHERE (product_id, change_date) IN (
    SELECT product_id, MAX(change_date) FROM Products
    WHERE change_date <= '2019-08-16' GROUP BY product_id);
