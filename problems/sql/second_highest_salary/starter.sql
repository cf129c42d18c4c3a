-- dialect: mysql
SELECT
    NULL AS SecondHighestSalary;
