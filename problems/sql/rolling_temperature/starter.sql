SELECT station_id, reading_date, temperature AS avg_3d
FROM Readings;
