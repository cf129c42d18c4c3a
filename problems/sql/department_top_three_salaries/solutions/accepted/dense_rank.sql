-- dialect: postgres
WITH ranked AS (
    SELECT e.name, e.salary, e.departmentId,
           DENSE_RANK() OVER (PARTITION BY e.departmentId ORDER BY e.salary DESC) AS r
    FROM Employee e
)
SELECT d.name AS "Department", ranked.name AS "Employee", ranked.salary AS "Salary"
FROM ranked
JOIN Department d ON d.id = ranked.departmentId
WHERE r <= 3;
