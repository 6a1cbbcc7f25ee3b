-- One database per service (ARCHITECTURE.md): complaints is created by POSTGRES_DB.
CREATE DATABASE escalations;
