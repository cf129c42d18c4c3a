CREATE TABLE Employee (
    id INTEGER,
    salary INTEGER
);
