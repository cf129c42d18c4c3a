CREATE TABLE Readings (
    station_id INTEGER,
    reading_date DATE,
    temperature DOUBLE
);
