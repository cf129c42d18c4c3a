CREATE TABLE Events (
    user_id INTEGER,
    event_date DATE
);
