CREATE TABLE Logins (
    user_id INTEGER,
    login_time TIMESTAMP
);
