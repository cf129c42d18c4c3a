SELECT event_date, COUNT(DISTINCT user_id) AS new_users, 0 AS total_users
FROM Events
GROUP BY event_date
ORDER BY event_date;
