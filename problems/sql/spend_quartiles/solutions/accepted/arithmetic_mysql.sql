-- dialect: mysql
-- What NTILE does, by hand: the first (n % 4) groups get one extra customer.
WITH ranked AS (
    SELECT customer_id, total_spend,
           ROW_NUMBER() OVER (ORDER BY total_spend DESC, customer_id) - 1 AS i,
           COUNT(*) OVER () AS n
    FROM Customers
    WHERE total_spend IS NOT NULL
)
SELECT customer_id, total_spend,
       CASE WHEN i < (n DIV 4 + 1) * (n % 4)
            THEN i DIV (n DIV 4 + 1) + 1
            ELSE (i - (n DIV 4 + 1) * (n % 4)) DIV (n DIV 4) + (n % 4) + 1
       END AS quartile
FROM ranked;
