-- dialect: postgres
-- PERCENTILE_DISC picks an existing value: the lower middle one for an even count.
SELECT region,
       PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY minutes) AS median_minutes
FROM Deliveries
GROUP BY region;
