-- dialect: postgres
-- Postgres divides two integers as integers: the share becomes 0.
WITH firsts AS (
    SELECT player_id, MIN(event_date) AS first_login FROM Activity GROUP BY player_id
)
SELECT ROUND(
    (SELECT COUNT(*) FROM firsts f JOIN Activity a
       ON a.player_id = f.player_id AND a.event_date = f.first_login + 1)
    / NULLIF((SELECT COUNT(*) FROM firsts), 0), 2) AS fraction;
