-- dialect: mysql
-- Returns no row at all (instead of NULL) when there is no second salary.
SELECT DISTINCT salary AS SecondHighestSalary
FROM Employee
ORDER BY salary DESC
LIMIT 1 OFFSET 1;
