-- dialect: mysql
SELECT num AS ConsecutiveNums
FROM Logs;
