-- dialect: postgres
SELECT region,
       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY minutes) AS median_minutes
FROM Deliveries
GROUP BY region;
