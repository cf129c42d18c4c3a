-- dialect: postgres
-- Two visits on one day shift the row numbers and split the period.
WITH grouped AS (
    SELECT user_id, visit_date,
           visit_date - CAST(ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY visit_date) AS INT) AS island
    FROM Visits
    WHERE visit_date IS NOT NULL
)
SELECT user_id, MIN(visit_date) AS start_date, MAX(visit_date) AS end_date,
       COUNT(DISTINCT visit_date) AS days
FROM grouped
GROUP BY user_id, island;
