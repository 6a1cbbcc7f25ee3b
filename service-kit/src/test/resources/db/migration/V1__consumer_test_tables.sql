-- What every consuming service's migration creates (see IdempotentConsumer)
CREATE TABLE processed_event (
    consumer_group VARCHAR(100) NOT NULL,
    event_id       UUID         NOT NULL,
    processed_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer_group, event_id)
);

-- The test handlers' effect: one row per handling, deliberately without a unique key so that duplicates show
CREATE TABLE consumed_effect (
    id             BIGSERIAL    PRIMARY KEY,
    consumer_group VARCHAR(100) NOT NULL,
    event_id       UUID         NOT NULL,
    aggregate_id   VARCHAR(100),
    note           TEXT
);
