-- dialect: postgres
-- Measures from the session's first click instead of the previous click.
WITH firsts AS (
    SELECT user_id, click_time,
           MIN(click_time) OVER (PARTITION BY user_id) AS t0
    FROM Clicks
)
SELECT user_id, MIN(click_time) AS session_start, MAX(click_time) AS session_end,
       COUNT(*) AS clicks
FROM firsts
GROUP BY user_id, FLOOR(EXTRACT(EPOCH FROM click_time - t0) / 1800);
