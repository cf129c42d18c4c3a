-- dialect: mysql
SELECT person_name
FROM Queue
LIMIT 1;
