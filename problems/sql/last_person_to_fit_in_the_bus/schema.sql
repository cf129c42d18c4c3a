CREATE TABLE Queue (
    person_id INTEGER,
    person_name VARCHAR,
    weight INTEGER,
    turn INTEGER
);
