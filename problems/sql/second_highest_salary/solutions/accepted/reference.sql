-- dialect: mysql
-- A scalar subquery gives NULL when nothing is left, which is what the statement asks for.
SELECT (
    SELECT DISTINCT salary
    FROM Employee
    ORDER BY salary DESC
    LIMIT 1 OFFSET 1
) AS SecondHighestSalary;
