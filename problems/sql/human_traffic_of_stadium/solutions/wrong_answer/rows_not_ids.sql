-- dialect: postgres
-- Treats neighbouring rows as consecutive even when an id is missing between them.
WITH numbered AS (
    SELECT *, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM Stadium
), busy AS (
    SELECT *, rn - ROW_NUMBER() OVER (ORDER BY id) AS island
    FROM numbered WHERE people >= 100
)
SELECT id, visit_date, people
FROM busy
WHERE island IN (SELECT island FROM busy GROUP BY island HAVING COUNT(*) >= 3)
ORDER BY visit_date;
