-- dialect: mysql
-- A change on the day itself already counts.
SELECT p.product_id, IFNULL(c.new_price, 10) AS price
FROM (SELECT DISTINCT product_id FROM Products) p
LEFT JOIN Products c
  ON c.product_id = p.product_id
 AND c.change_date = (
       SELECT MAX(change_date) FROM Products
       WHERE product_id = p.product_id AND change_date < '2019-08-16');
