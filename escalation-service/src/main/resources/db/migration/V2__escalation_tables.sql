-- Durable deadlines of Axon's DbSchedulerDeadlineManager (db-scheduler 13 schema).
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);

-- Events of complaints.v1 already applied, recorded in the same transaction as their effect.
CREATE TABLE processed_event (
    consumer_group VARCHAR(100) NOT NULL,
    event_id       UUID         NOT NULL,
    processed_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer_group, event_id)
);

-- The roster: which circle each district belongs to, and who holds each role (a district's CRO, CSM and DM;
-- a circle's head). Seeded from OFFICER_ROSTER; edits through the API win over the file afterwards.
CREATE TABLE roster_district (
    district VARCHAR(60) PRIMARY KEY,
    circle   VARCHAR(60) NOT NULL
);
CREATE TABLE roster_officer (
    scope      VARCHAR(60)  NOT NULL,
    role       VARCHAR(40)  NOT NULL,
    officer_id VARCHAR(40)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    phone      VARCHAR(10)  NOT NULL,
    PRIMARY KEY (scope, role)
);

-- Read model of the overdue board.
CREATE TABLE escalation_view (
    request_number   VARCHAR(12) PRIMARY KEY,
    district         VARCHAR(60) NOT NULL,
    case_type        VARCHAR(20) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    tier             INTEGER     NOT NULL,
    holder_role      VARCHAR(40) NOT NULL,
    holder_id        VARCHAR(40),
    holder_name      VARCHAR(100),
    due_at           TIMESTAMPTZ NOT NULL,
    next_tier_due_at TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL
);
CREATE INDEX escalation_view_board ON escalation_view (status, district, tier, due_at);
