-- The test handlers' effect: one row per handling, deliberately without a unique key so that duplicates show
CREATE TABLE consumed_effect (
    id             BIGSERIAL    PRIMARY KEY,
    consumer_group VARCHAR(100) NOT NULL,
    event_id       UUID         NOT NULL,
    aggregate_id   VARCHAR(100),
    note           TEXT
);
