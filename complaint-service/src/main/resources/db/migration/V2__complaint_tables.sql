-- Request numbers: one sequence shared by every instance of the service, so numbers never collide.
CREATE SEQUENCE request_number_serial START WITH 1 INCREMENT BY 1 MAXVALUE 999999999 NO CYCLE;

-- Read model for lookups and lists; the whole complaint is in document, the columns are for queries.
CREATE TABLE complaint_view (
    request_number   VARCHAR(12)  PRIMARY KEY,
    status           VARCHAR(20)  NOT NULL,
    paused           BOOLEAN      NOT NULL,
    category         VARCHAR(20)  NOT NULL,
    area_type        VARCHAR(10)  NOT NULL,
    district         VARCHAR(60)  NOT NULL,
    consumer_number  VARCHAR(20),
    phone            VARCHAR(10)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    assignee_id      VARCHAR(40),
    escalation_level INTEGER      NOT NULL,
    due_at           TIMESTAMPTZ  NOT NULL,
    registered_at    TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL,
    document         JSONB        NOT NULL
);
CREATE INDEX complaint_view_status ON complaint_view (status, registered_at DESC);
CREATE INDEX complaint_view_district ON complaint_view (district, registered_at DESC);
CREATE INDEX complaint_view_consumer ON complaint_view (consumer_number);
CREATE INDEX complaint_view_phone ON complaint_view (phone);
CREATE INDEX complaint_view_registered ON complaint_view (registered_at DESC);

-- Command-side lookup, written in the same transaction as the events: at most one open complaint per
-- consumer and category, so a repeat call is recognised even under concurrent registrations.
CREATE TABLE complaint_key (
    request_number  VARCHAR(12) PRIMARY KEY,
    consumer_number VARCHAR(20) NOT NULL,
    category        VARCHAR(20) NOT NULL,
    open            BOOLEAN     NOT NULL
);
CREATE UNIQUE INDEX complaint_key_one_open ON complaint_key (consumer_number, category) WHERE open;

-- Responses to POSTs that carried an Idempotency-Key, replayed when the same key comes again.
CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(100) PRIMARY KEY,
    request_hash    VARCHAR(64)  NOT NULL,
    response_status INTEGER      NOT NULL,
    response_body   TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
