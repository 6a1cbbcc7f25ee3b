-- Numbers: one sequence per kind, shared by every instance of the service, so numbers never collide.
CREATE SEQUENCE application_number_serial START WITH 1 INCREMENT BY 1 MAXVALUE 999999999 NO CYCLE;
CREATE SEQUENCE service_request_number_serial START WITH 1 INCREMENT BY 1 MAXVALUE 999999999 NO CYCLE;
CREATE SEQUENCE consumer_number_serial START WITH 1 INCREMENT BY 1 MAXVALUE 999999999 NO CYCLE;

-- Read model of applications for lists; the whole application is in document, the columns are for queries.
CREATE TABLE application_view (
    application_number VARCHAR(13)  PRIMARY KEY,
    status             VARCHAR(20)  NOT NULL,
    request_type       VARCHAR(30)  NOT NULL,
    category           VARCHAR(20)  NOT NULL,
    district           VARCHAR(60)  NOT NULL,
    phone              VARCHAR(10)  NOT NULL,
    name               VARCHAR(100) NOT NULL,
    consumer_number    VARCHAR(20),
    due_at             TIMESTAMPTZ,
    registered_at      TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL,
    document           JSONB        NOT NULL
);
CREATE INDEX application_view_status ON application_view (status, registered_at DESC);
CREATE INDEX application_view_district ON application_view (district, registered_at DESC);
CREATE INDEX application_view_phone ON application_view (phone);

-- Read model of service requests, likewise.
CREATE TABLE service_request_view (
    request_number  VARCHAR(13)  PRIMARY KEY,
    status          VARCHAR(20)  NOT NULL,
    request_type    VARCHAR(40)  NOT NULL,
    consumer_number VARCHAR(20)  NOT NULL,
    district        VARCHAR(60)  NOT NULL,
    phone           VARCHAR(10)  NOT NULL,
    due_at          TIMESTAMPTZ,
    registered_at   TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL,
    document        JSONB        NOT NULL
);
CREATE INDEX service_request_view_status ON service_request_view (status, registered_at DESC);
CREATE INDEX service_request_view_district ON service_request_view (district, registered_at DESC);
CREATE INDEX service_request_view_consumer ON service_request_view (consumer_number);

-- Responses to POSTs that carried an Idempotency-Key, replayed when the same key comes again.
CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(100) PRIMARY KEY,
    request_hash    VARCHAR(64)  NOT NULL,
    response_status INTEGER      NOT NULL,
    response_body   TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
