-- dialect: mysql
SELECT a.customer_id, a.address
FROM AddressChanges a
WHERE a.updated_at IS NOT NULL
  AND NOT EXISTS (
      SELECT 1 FROM AddressChanges b
      WHERE b.customer_id = a.customer_id
        AND b.updated_at IS NOT NULL
        AND (b.updated_at > a.updated_at
             OR (b.updated_at = a.updated_at AND b.change_id > a.change_id)));
