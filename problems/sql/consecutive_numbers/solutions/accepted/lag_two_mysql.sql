-- dialect: mysql
WITH w AS (
    SELECT num,
           LAG(num, 1) OVER (ORDER BY id) AS p1,
           LAG(num, 2) OVER (ORDER BY id) AS p2
    FROM Logs
)
SELECT DISTINCT num AS ConsecutiveNums FROM w WHERE num = p1 AND num = p2;
