-- dialect: mysql
-- Counts players with any two consecutive days, not only right after the first.
SELECT ROUND(
    COUNT(DISTINCT a.player_id) / (SELECT COUNT(DISTINCT player_id) FROM Activity), 2
) AS fraction
FROM Activity a
JOIN Activity b ON b.player_id = a.player_id
               AND DATEDIFF(b.event_date, a.event_date) = 1;
