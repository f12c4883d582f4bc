-- Video as its own module: an accepted alert or an abnormal check publishes VideoAlertRaised in the transaction
-- that stores it, and the command centre opens its incident. "raised" says the event was published; rows that
-- were pending before this migration (stored while no incident intake existed) are published once at start-up.
ALTER TABLE video_patrol_check ADD COLUMN raised boolean NOT NULL DEFAULT false;
ALTER TABLE video_alert ADD COLUMN raised boolean NOT NULL DEFAULT false;
UPDATE video_patrol_check SET raised = true WHERE incident_status <> 'PENDING_INCIDENT';
UPDATE video_alert SET raised = true WHERE status <> 'PENDING_INCIDENT';
-- Station-scoped lists of alerts.
CREATE INDEX video_alert_station_idx ON video_alert (station_code, received_at DESC);
