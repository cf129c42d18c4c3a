CREATE TABLE Scores (
    id INTEGER,
    score DECIMAL(3, 2)
);
