-- dialect: mysql
WITH busy AS (
    SELECT *, id - ROW_NUMBER() OVER (ORDER BY id) AS grp
    FROM Stadium
    WHERE people >= 100
), sized AS (
    SELECT *, COUNT(*) OVER (PARTITION BY grp) AS n FROM busy
)
SELECT id, visit_date, people FROM sized WHERE n >= 3 ORDER BY visit_date;
