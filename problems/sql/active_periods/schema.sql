CREATE TABLE Visits (
    user_id INTEGER,
    visit_date DATE
);
