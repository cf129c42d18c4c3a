-- dialect: snowflake
SELECT customer_id, address
FROM AddressChanges
WHERE updated_at IS NOT NULL
QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC, change_id DESC) = 1;
