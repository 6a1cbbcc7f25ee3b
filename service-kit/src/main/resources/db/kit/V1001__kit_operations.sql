-- service-kit's operational tables. Kit migrations are V1 and V1000 up because Flyway numbers every location
-- together and services number their own (db/migration) from V2 to V999.

-- Events a read-model processor could not apply after its retries, recorded and passed over
-- (RecordAndSkipFailedEvents). The event itself stays in domainevententry: fix the cause, then replay.
CREATE TABLE projection_failure (
    processor       VARCHAR(255) NOT NULL,
    event_id        VARCHAR(255) NOT NULL,
    global_index    BIGINT,
    event_type      VARCHAR(255) NOT NULL,
    aggregate_id    VARCHAR(255),
    sequence_number BIGINT,
    error           TEXT         NOT NULL,
    attempts        INTEGER      NOT NULL,
    failed_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (processor, event_id)
);

-- Dead letters of this service's consumers that were sent again to their source topic (DeadLetters), so that
-- each is replayed once and listed as replayed.
CREATE TABLE dead_letter_replay (
    dlq_topic          VARCHAR(249) NOT NULL,
    dlq_partition      INTEGER      NOT NULL,
    dlq_offset         BIGINT       NOT NULL,
    consumer_group     VARCHAR(100) NOT NULL,
    source_topic       VARCHAR(249) NOT NULL,
    replayed_partition INTEGER,
    replayed_offset    BIGINT,
    replayed_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (dlq_topic, dlq_partition, dlq_offset)
);
