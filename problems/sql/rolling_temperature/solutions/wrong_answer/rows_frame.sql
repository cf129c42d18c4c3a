-- dialect: postgres
-- The two previous *rows* may be weeks back when the station was offline.
SELECT station_id, reading_date,
       ROUND(AVG(temperature) OVER (
           PARTITION BY station_id ORDER BY reading_date
           ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)::numeric, 2) AS avg_3d
FROM Readings;
