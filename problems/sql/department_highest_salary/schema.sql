CREATE TABLE Employee (
    id INTEGER,
    name VARCHAR,
    salary INTEGER,
    departmentId INTEGER
);
CREATE TABLE Department (
    id INTEGER,
    name VARCHAR
);
