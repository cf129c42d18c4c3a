-- dialect: postgres
-- Islands: among busy rows, id minus row number is constant along a stretch.
WITH busy AS (
    SELECT *, id - ROW_NUMBER() OVER (ORDER BY id) AS island
    FROM Stadium
    WHERE people >= 100
)
SELECT id, visit_date, people
FROM busy
WHERE island IN (SELECT island FROM busy GROUP BY island HAVING COUNT(*) >= 3)
ORDER BY visit_date;
