-- dialect: postgres
-- Postgres sorts NULL first in descending order, so ungraded rows come first.
SELECT score, DENSE_RANK() OVER (ORDER BY score DESC) AS "rank"
FROM Scores
ORDER BY score DESC;
