-- dialect: mysql
SELECT d.event_date,
       (SELECT COUNT(*) FROM (SELECT user_id, MIN(event_date) AS f FROM Events
                              WHERE user_id IS NOT NULL GROUP BY user_id) x
        WHERE x.f = d.event_date) AS new_users,
       (SELECT COUNT(DISTINCT e.user_id) FROM Events e WHERE e.event_date <= d.event_date) AS total_users
FROM (SELECT DISTINCT event_date FROM Events) d
ORDER BY d.event_date;
