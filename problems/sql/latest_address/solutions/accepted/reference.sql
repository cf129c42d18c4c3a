-- dialect: postgres
SELECT customer_id, address
FROM (
    SELECT customer_id, address,
           ROW_NUMBER() OVER (PARTITION BY customer_id
                              ORDER BY updated_at DESC, change_id DESC) AS rn
    FROM AddressChanges
    WHERE updated_at IS NOT NULL
) latest
WHERE rn = 1;
