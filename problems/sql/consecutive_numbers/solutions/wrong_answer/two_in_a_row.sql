-- dialect: postgres
-- Two equal neighbours are not three.
SELECT DISTINCT num AS "ConsecutiveNums"
FROM (SELECT num, LAG(num) OVER (ORDER BY id) AS before FROM Logs) t
WHERE num = before;
