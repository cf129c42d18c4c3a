-- dialect: mysql
WITH marked AS (
    SELECT user_id, click_time,
           IF(TIMESTAMPDIFF(SECOND,
                            LAG(click_time) OVER (PARTITION BY user_id ORDER BY click_time),
                            click_time) <= 1800, 0, 1) AS new_session
    FROM Clicks
), numbered AS (
    SELECT user_id, click_time,
           SUM(new_session) OVER (PARTITION BY user_id ORDER BY click_time
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS session
    FROM marked
)
SELECT user_id, MIN(click_time) AS session_start, MAX(click_time) AS session_end,
       COUNT(*) AS clicks
FROM numbered
GROUP BY user_id, session;
