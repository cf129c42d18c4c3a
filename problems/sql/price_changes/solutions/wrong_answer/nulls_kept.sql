-- dialect: postgres
-- LAG over every row: after an unreadable day the comparison is with NULL.
SELECT product_id, log_date, previous AS old_price, price AS new_price
FROM (
    SELECT product_id, log_date, price,
           LAG(price) OVER (PARTITION BY product_id ORDER BY log_date) AS previous
    FROM PriceLog
) t
WHERE price <> previous;
