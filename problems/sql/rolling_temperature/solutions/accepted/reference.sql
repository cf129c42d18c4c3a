-- dialect: postgres
SELECT station_id, reading_date,
       ROUND(AVG(temperature) OVER (
           PARTITION BY station_id ORDER BY reading_date
           RANGE BETWEEN INTERVAL '2 days' PRECEDING AND CURRENT ROW)::numeric, 2) AS avg_3d
FROM Readings;
