-- dialect: mysql
WITH days AS (
    SELECT DISTINCT user_id, DATE(login_time) AS d FROM Logins WHERE login_time IS NOT NULL
), islands AS (
    SELECT user_id, DATE_SUB(d, INTERVAL ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY d) DAY) AS grp
    FROM days
)
SELECT user_id, MAX(cnt) AS longest_streak
FROM (SELECT user_id, grp, COUNT(*) AS cnt FROM islands GROUP BY user_id, grp) t
GROUP BY user_id;
