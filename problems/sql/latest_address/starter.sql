SELECT customer_id, MAX(address) AS address
FROM AddressChanges
GROUP BY customer_id;
