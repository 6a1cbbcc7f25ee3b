-- One database per service (docs/architecture.md, "Services"): complaints is created by POSTGRES_DB.
CREATE DATABASE escalations;
CREATE DATABASE connections;
