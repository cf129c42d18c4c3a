-- dialect: postgres
-- Spreads the remainder differently from the statement (10 customers: 3, 2, 3, 2).
SELECT customer_id, total_spend,
       CEIL(4.0 * ROW_NUMBER() OVER (ORDER BY total_spend DESC, customer_id)
            / COUNT(*) OVER ())::int AS quartile
FROM Customers
WHERE total_spend IS NOT NULL;
