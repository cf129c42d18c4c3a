-- dialect: mysql
-- Without window functions: one plus the number of distinct higher scores.
SELECT s.score,
       (SELECT COUNT(DISTINCT t.score) FROM Scores t WHERE t.score > s.score)
       + CASE WHEN s.score IS NULL
              THEN (SELECT COUNT(DISTINCT t.score) FROM Scores t) + 1
              ELSE 1 END AS `rank`
FROM Scores s
ORDER BY s.score IS NULL, s.score DESC;
