-- dialect: postgres
-- Along a run of consecutive days, date minus row number stays the same.
WITH days AS (
    SELECT DISTINCT user_id, visit_date
    FROM Visits
    WHERE visit_date IS NOT NULL
), grouped AS (
    SELECT user_id, visit_date,
           visit_date - CAST(ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY visit_date) AS INT) AS island
    FROM days
)
SELECT user_id, MIN(visit_date) AS start_date, MAX(visit_date) AS end_date, COUNT(*) AS days
FROM grouped
GROUP BY user_id, island;
