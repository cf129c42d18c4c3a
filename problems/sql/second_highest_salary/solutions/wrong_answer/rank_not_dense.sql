-- dialect: postgres
-- RANK skips past ties: with two top earners no row has rank 2.
WITH ranked AS (
    SELECT salary, RANK() OVER (ORDER BY salary DESC) AS r
    FROM Employee
    WHERE salary IS NOT NULL
)
SELECT MAX(salary) AS SecondHighestSalary
FROM ranked
WHERE r = 2;
