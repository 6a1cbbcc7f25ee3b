-- Applications and service requests have escalation cases too: their numbers have 13 digits, and their case types
-- are request types such as DISCONNECTION_ON_REQUEST.
ALTER TABLE escalation_view ALTER COLUMN request_number TYPE VARCHAR(13);
ALTER TABLE escalation_view ALTER COLUMN case_type TYPE VARCHAR(40);
