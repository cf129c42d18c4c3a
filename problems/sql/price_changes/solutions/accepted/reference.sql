-- dialect: postgres
WITH known AS (
    SELECT product_id, log_date, price,
           LAG(price) OVER (PARTITION BY product_id ORDER BY log_date) AS previous
    FROM PriceLog
    WHERE price IS NOT NULL
)
SELECT product_id, log_date, previous AS old_price, price AS new_price
FROM known
WHERE price <> previous;
