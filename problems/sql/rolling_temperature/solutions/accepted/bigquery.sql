-- dialect: bigquery
SELECT station_id, reading_date,
       ROUND(AVG(temperature) OVER (
           PARTITION BY station_id
           ORDER BY UNIX_DATE(reading_date)
           RANGE BETWEEN 2 PRECEDING AND CURRENT ROW), 2) AS avg_3d
FROM Readings;
