-- dialect: mysql
SELECT ROUND(
    COUNT(a.player_id) / (SELECT COUNT(DISTINCT player_id) FROM Activity), 2
) AS fraction
FROM Activity a
JOIN (
    SELECT player_id, MIN(event_date) AS first_login
    FROM Activity
    GROUP BY player_id
) f ON f.player_id = a.player_id
WHERE DATEDIFF(a.event_date, f.first_login) = 1;
