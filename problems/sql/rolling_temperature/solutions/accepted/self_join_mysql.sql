-- dialect: mysql
SELECT r.station_id, r.reading_date, ROUND(AVG(w.temperature), 2) AS avg_3d
FROM Readings r
JOIN Readings w
  ON w.station_id = r.station_id
 AND w.reading_date BETWEEN DATE_SUB(r.reading_date, INTERVAL 2 DAY) AND r.reading_date
GROUP BY r.station_id, r.reading_date;
