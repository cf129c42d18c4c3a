SELECT user_id, MIN(click_time) AS session_start, MAX(click_time) AS session_end,
       COUNT(*) AS clicks
FROM Clicks
GROUP BY user_id;
