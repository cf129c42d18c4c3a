-- dialect: mysql
-- The middle one or two rows: position between n/2 and n/2 + 1.
WITH ranked AS (
    SELECT region, minutes,
           ROW_NUMBER() OVER (PARTITION BY region ORDER BY minutes) AS pos,
           COUNT(minutes) OVER (PARTITION BY region) AS n
    FROM Deliveries
    WHERE minutes IS NOT NULL
)
SELECT r.region, m.median_minutes
FROM (SELECT DISTINCT region FROM Deliveries) r
LEFT JOIN (
    SELECT region, AVG(minutes) AS median_minutes
    FROM ranked
    WHERE pos BETWEEN n / 2 AND n / 2 + 1
    GROUP BY region
) m ON m.region = r.region;
