-- dialect: mysql
SELECT 0.00 AS fraction;
