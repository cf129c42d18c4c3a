-- dialect: duckdb
SELECT region, median(minutes) AS median_minutes
FROM Deliveries
GROUP BY ALL;
