-- dialect: postgres
-- LEAD reports the day before the change, with the prices swapped.
WITH known AS (
    SELECT product_id, log_date, price,
           LEAD(price) OVER (PARTITION BY product_id ORDER BY log_date) AS following
    FROM PriceLog
    WHERE price IS NOT NULL
)
SELECT product_id, log_date, price AS old_price, following AS new_price
FROM known
WHERE price <> following;
