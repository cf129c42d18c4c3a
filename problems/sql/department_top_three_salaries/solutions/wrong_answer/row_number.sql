-- dialect: mysql
SELECT Department, Employee, Salary
FROM (
    SELECT d.name AS Department, e.name AS Employee, e.salary AS Salary,
           ROW_NUMBER() OVER (PARTITION BY d.id ORDER BY e.salary DESC) AS rn
    FROM Employee e
    JOIN Department d ON e.departmentId = d.id
) AS t
WHERE rn <= 3;
