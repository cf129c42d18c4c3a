SELECT user_id, visit_date AS start_date, visit_date AS end_date, 1 AS days
FROM Visits;
