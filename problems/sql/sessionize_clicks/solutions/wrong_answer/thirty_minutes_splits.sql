-- dialect: postgres
-- A gap of exactly 30 minutes must not start a new session.
WITH marked AS (
    SELECT user_id, click_time,
           CASE WHEN click_time - LAG(click_time) OVER (PARTITION BY user_id ORDER BY click_time)
                     < INTERVAL '30 minutes' THEN 0 ELSE 1 END AS new_session
    FROM Clicks
), numbered AS (
    SELECT user_id, click_time,
           SUM(new_session) OVER (PARTITION BY user_id ORDER BY click_time
                                  ROWS UNBOUNDED PRECEDING) AS session
    FROM marked
)
SELECT user_id, MIN(click_time) AS session_start, MAX(click_time) AS session_end,
       COUNT(*) AS clicks
FROM numbered
GROUP BY user_id, session;
