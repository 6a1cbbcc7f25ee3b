-- The kit's migrations are V1 and V1000 upwards; a service numbers its own from V2 to V999.
-- IF NOT EXISTS: databases created before the kit owned this table have it from the service's own migration (applied
-- migrations are never edited; complaint-service's V3 was removed, see the kit's flyway settings).
-- Events of other services' topics already applied, per consumer group, recorded in the same transaction as their
-- effect (service-kit's idempotent consumer). Rows may be deleted once older than the topics' retention.
CREATE TABLE IF NOT EXISTS processed_event (
    consumer_group VARCHAR(100) NOT NULL,
    event_id       UUID         NOT NULL,
    processed_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer_group, event_id)
);
