SELECT product_id, log_date, price AS old_price, price AS new_price
FROM PriceLog;
