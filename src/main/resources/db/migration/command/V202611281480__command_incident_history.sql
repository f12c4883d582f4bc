-- Historical incidents: the school-related flag (涉校警情) that campus statistics count, set at intake or on
-- import of earlier years' records. Imports are audited one entry per batch (action IMPORT).

ALTER TABLE incident ADD COLUMN school_related boolean NOT NULL DEFAULT false;

CREATE INDEX incident_school_related_idx ON incident (reported_at) WHERE school_related;
