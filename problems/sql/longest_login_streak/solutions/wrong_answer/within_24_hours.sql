-- dialect: postgres
-- Chains logins less than 24 hours apart instead of calendar days.
WITH ordered AS (
    SELECT user_id, login_time,
           CASE WHEN login_time - LAG(login_time) OVER (PARTITION BY user_id ORDER BY login_time)
                     <= INTERVAL '24 hours' THEN 0 ELSE 1 END AS starts
    FROM Logins WHERE login_time IS NOT NULL
), numbered AS (
    SELECT user_id, login_time,
           SUM(starts) OVER (PARTITION BY user_id ORDER BY login_time) AS grp
    FROM ordered
)
SELECT user_id, MAX(n) AS longest_streak
FROM (
    SELECT user_id, grp, COUNT(DISTINCT CAST(login_time AS DATE)) AS n
    FROM numbered GROUP BY user_id, grp
) s
GROUP BY user_id;
