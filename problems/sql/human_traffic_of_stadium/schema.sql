CREATE TABLE Stadium (
    id INTEGER,
    visit_date DATE,
    people INTEGER
);
