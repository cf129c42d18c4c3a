-- dialect: postgres
SELECT DISTINCT ON (customer_id) customer_id, address
FROM AddressChanges
WHERE updated_at IS NOT NULL
ORDER BY customer_id, updated_at DESC, change_id DESC;
