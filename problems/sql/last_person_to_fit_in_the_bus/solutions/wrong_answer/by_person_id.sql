-- dialect: mysql
-- Boarding follows turn, not person_id.
SELECT person_name
FROM (SELECT person_name, person_id, SUM(weight) OVER (ORDER BY person_id) AS total
      FROM Queue) t
WHERE total <= 1000
ORDER BY person_id DESC
LIMIT 1;
