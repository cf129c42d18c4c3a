-- dialect: postgres
SELECT DISTINCT num AS "ConsecutiveNums"
FROM (
    SELECT num,
           LAG(num) OVER (ORDER BY id) AS before,
           LEAD(num) OVER (ORDER BY id) AS after
    FROM Logs
) t
WHERE num = before AND num = after;
