-- dialect: postgres
-- Adds up each day's distinct users: a user seen on two days counts twice.
WITH daily AS (
    SELECT event_date, COUNT(DISTINCT user_id) AS users FROM Events GROUP BY event_date
)
SELECT event_date,
       users AS new_users,
       SUM(users) OVER (ORDER BY event_date) AS total_users
FROM daily
ORDER BY event_date;
