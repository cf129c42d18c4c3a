-- dialect: postgres
-- ROW_NUMBER keeps one of several best-paid employees.
WITH ranked AS (
    SELECT e.*, ROW_NUMBER() OVER (PARTITION BY departmentId ORDER BY salary DESC) AS r
    FROM Employee e
    WHERE salary IS NOT NULL
)
SELECT d.name AS "Department", r.name AS "Employee", r.salary AS "Salary"
FROM ranked r
JOIN Department d ON d.id = r.departmentId
WHERE r.r = 1;
