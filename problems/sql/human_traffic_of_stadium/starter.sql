-- dialect: mysql
SELECT id, visit_date, people
FROM Stadium
ORDER BY visit_date;
