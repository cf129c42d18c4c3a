-- dialect: postgres
-- Dates with only logged-out visitors disappear.
WITH firsts AS (
    SELECT user_id, MIN(event_date) AS first_date FROM Events
    WHERE user_id IS NOT NULL GROUP BY user_id
), daily AS (
    SELECT first_date AS event_date, COUNT(*) AS new_users FROM firsts GROUP BY first_date
)
SELECT d.event_date, COALESCE(n.new_users, 0) AS new_users,
       SUM(COALESCE(n.new_users, 0)) OVER (ORDER BY d.event_date) AS total_users
FROM (SELECT DISTINCT event_date FROM Events WHERE user_id IS NOT NULL) d
LEFT JOIN daily n ON n.event_date = d.event_date
ORDER BY d.event_date;
