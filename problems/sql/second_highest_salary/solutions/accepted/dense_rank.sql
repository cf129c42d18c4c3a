-- dialect: postgres
-- Postgres sorts NULL first in descending order, so unknown salaries are left out first.
WITH ranked AS (
    SELECT salary, DENSE_RANK() OVER (ORDER BY salary DESC) AS r
    FROM Employee
    WHERE salary IS NOT NULL
)
SELECT MAX(salary) AS SecondHighestSalary
FROM ranked
WHERE r = 2;
