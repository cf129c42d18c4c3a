-- dialect: postgres
SELECT person_name
FROM (
    SELECT person_name, turn,
           SUM(weight) OVER (ORDER BY turn ROWS UNBOUNDED PRECEDING) AS total
    FROM Queue
) t
WHERE total <= 1000
ORDER BY turn DESC
FETCH FIRST 1 ROW ONLY;
