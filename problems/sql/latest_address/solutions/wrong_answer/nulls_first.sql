-- dialect: postgres
-- Postgres sorts NULL first in descending order: a lost time wins.
SELECT customer_id, address
FROM (
    SELECT customer_id, address,
           ROW_NUMBER() OVER (PARTITION BY customer_id
                              ORDER BY updated_at DESC, change_id DESC) AS rn
    FROM AddressChanges
) latest
WHERE rn = 1;
