-- dialect: mysql
-- Ties at the top: the second row may hold the top salary again.
SELECT (
    SELECT salary FROM Employee ORDER BY salary DESC LIMIT 1 OFFSET 1
) AS SecondHighestSalary;
