-- dialect: snowflake
SELECT product_id, log_date, old_price, new_price
FROM (
    SELECT product_id, log_date, price AS new_price,
           LAG(price) IGNORE NULLS OVER (PARTITION BY product_id ORDER BY log_date) AS old_price
    FROM PriceLog
)
WHERE new_price <> old_price;
