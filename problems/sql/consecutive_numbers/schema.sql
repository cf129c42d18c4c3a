CREATE TABLE Logs (
    id INTEGER,
    num INTEGER
);
