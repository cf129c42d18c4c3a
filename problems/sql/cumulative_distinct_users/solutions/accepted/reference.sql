-- dialect: postgres
WITH firsts AS (
    SELECT user_id, MIN(event_date) AS first_date
    FROM Events
    WHERE user_id IS NOT NULL
    GROUP BY user_id
), days AS (
    SELECT DISTINCT event_date FROM Events
), daily AS (
    SELECT d.event_date, COUNT(f.user_id) AS new_users
    FROM days d
    LEFT JOIN firsts f ON f.first_date = d.event_date
    GROUP BY d.event_date
)
SELECT event_date, new_users,
       SUM(new_users) OVER (ORDER BY event_date) AS total_users
FROM daily
ORDER BY event_date;
