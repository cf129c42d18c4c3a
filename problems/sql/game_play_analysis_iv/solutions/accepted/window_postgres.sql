-- dialect: postgres
WITH marked AS (
    SELECT player_id, event_date,
           MIN(event_date) OVER (PARTITION BY player_id) AS first_login
    FROM Activity
)
SELECT ROUND(
    COUNT(DISTINCT player_id) FILTER (WHERE event_date = first_login + 1)::numeric
    / NULLIF(COUNT(DISTINCT player_id), 0), 2
) AS fraction
FROM marked;
