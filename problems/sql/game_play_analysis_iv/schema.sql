CREATE TABLE Activity (
    player_id INTEGER,
    device_id INTEGER,
    event_date DATE,
    games_played INTEGER
);
