-- dialect: mysql
-- Four in a row gives the number twice.
SELECT a.num AS ConsecutiveNums
FROM Logs a
JOIN Logs b ON b.id = a.id + 1 AND b.num = a.num
JOIN Logs c ON c.id = a.id + 2 AND c.num = a.num;
