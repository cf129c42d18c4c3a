SELECT region, AVG(minutes) AS median_minutes
FROM Deliveries
GROUP BY region;
