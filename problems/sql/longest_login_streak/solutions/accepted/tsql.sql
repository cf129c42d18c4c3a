-- dialect: tsql
WITH days AS (
    SELECT DISTINCT user_id, CAST(login_time AS DATE) AS d
    FROM Logins WHERE login_time IS NOT NULL
), islands AS (
    SELECT user_id, DATEADD(day, -ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY d), d) AS grp
    FROM days
)
SELECT user_id, MAX(cnt) AS longest_streak
FROM (SELECT user_id, grp, COUNT(*) AS cnt FROM islands GROUP BY user_id, grp) t
GROUP BY user_id;
