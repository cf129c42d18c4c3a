-- dialect: postgres
-- In Postgres NULL sorts first in descending order: an unagreed salary "wins".
WITH ranked AS (
    SELECT e.*, RANK() OVER (PARTITION BY departmentId ORDER BY salary DESC) AS r
    FROM Employee e
)
SELECT d.name AS "Department", r.name AS "Employee", r.salary AS "Salary"
FROM ranked r
JOIN Department d ON d.id = r.departmentId
WHERE r.r = 1;
