-- dialect: mysql
SELECT score, 1 AS `rank`
FROM Scores;
