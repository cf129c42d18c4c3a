-- dialect: postgres
-- Postgres puts NULL first when sorting in descending order: say where it goes.
SELECT score, DENSE_RANK() OVER (ORDER BY score DESC NULLS LAST) AS "rank"
FROM Scores
ORDER BY score DESC NULLS LAST;
