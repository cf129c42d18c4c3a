-- dialect: postgres
-- RANK counts people, not salary levels: ties push the third level out.
WITH ranked AS (
    SELECT e.name, e.salary, e.departmentId,
           RANK() OVER (PARTITION BY e.departmentId ORDER BY e.salary DESC) AS r
    FROM Employee e
)
SELECT d.name AS "Department", ranked.name AS "Employee", ranked.salary AS "Salary"
FROM ranked
JOIN Department d ON d.id = ranked.departmentId
WHERE r <= 3;
