-- dialect: mysql
SELECT product_id, log_date, old_price, new_price
FROM (
    SELECT product_id, log_date, price AS new_price,
           LAG(price, 1) OVER w AS old_price
    FROM PriceLog
    WHERE price IS NOT NULL
    WINDOW w AS (PARTITION BY product_id ORDER BY log_date)
) t
WHERE new_price != old_price;
