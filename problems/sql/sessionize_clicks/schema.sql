CREATE TABLE Clicks (
    user_id INTEGER,
    click_time TIMESTAMP
);
