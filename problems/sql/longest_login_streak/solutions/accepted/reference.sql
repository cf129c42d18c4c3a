-- dialect: postgres
WITH days AS (
    SELECT DISTINCT user_id, CAST(login_time AS DATE) AS d
    FROM Logins
    WHERE login_time IS NOT NULL
), islands AS (
    SELECT user_id, d - CAST(ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY d) AS INT) AS grp
    FROM days
)
SELECT user_id, MAX(n) AS longest_streak
FROM (SELECT user_id, grp, COUNT(*) AS n FROM islands GROUP BY user_id, grp) s
GROUP BY user_id;
