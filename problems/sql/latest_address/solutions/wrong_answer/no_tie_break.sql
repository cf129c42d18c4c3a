-- dialect: postgres
-- RANK keeps every update that shares the latest time.
SELECT customer_id, address
FROM (
    SELECT customer_id, address,
           RANK() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) AS rnk
    FROM AddressChanges
    WHERE updated_at IS NOT NULL
) latest
WHERE rnk = 1;
