-- dialect: mysql
-- A period starts where the previous visit day is not yesterday.
WITH d AS (
    SELECT DISTINCT user_id, visit_date FROM Visits WHERE visit_date IS NOT NULL
), flagged AS (
    SELECT user_id, visit_date,
           CASE WHEN DATEDIFF(visit_date,
                              LAG(visit_date) OVER (PARTITION BY user_id ORDER BY visit_date)) = 1
                THEN 0 ELSE 1 END AS starts
    FROM d
), numbered AS (
    SELECT user_id, visit_date,
           SUM(starts) OVER (PARTITION BY user_id ORDER BY visit_date) AS period
    FROM flagged
)
SELECT user_id, MIN(visit_date) AS start_date, MAX(visit_date) AS end_date,
       DATEDIFF(MAX(visit_date), MIN(visit_date)) + 1 AS days
FROM numbered
GROUP BY user_id, period;
