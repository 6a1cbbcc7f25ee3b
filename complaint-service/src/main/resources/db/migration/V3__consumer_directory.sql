-- The consumer directory: consumers as connection-service released them (connections.v1, ConnectionReleased), and
-- for a local run the sample consumers of CONSUMER_DIRECTORY_SEED. Registration fills in what the agent left out.
CREATE TABLE consumer_directory (
    consumer_number              VARCHAR(20)   PRIMARY KEY,
    name                         VARCHAR(100)  NOT NULL,
    phone                        VARCHAR(10)   NOT NULL,
    district                     VARCHAR(60)   NOT NULL,
    area_type                    VARCHAR(10)   NOT NULL,
    category                     VARCHAR(20)   NOT NULL,
    load                         NUMERIC(12, 2) NOT NULL,
    load_unit                    VARCHAR(3)    NOT NULL,
    relationship_manager_id      VARCHAR(40),
    relationship_manager_name    VARCHAR(100),
    relationship_manager_phone   VARCHAR(10),
    -- The application that released the connection; null for a seeded consumer.
    released_by_request          VARCHAR(13),
    updated_at                   TIMESTAMPTZ   NOT NULL
);
