-- Command centre, video resources (天网/雪亮工程): the camera registry, video patrol plans and checks,
-- the external analytics alert sources and their alerts. Grid and station come from the geocoder;
-- place ids and unit codes refer to other modules by value only (no foreign keys across modules).

CREATE TABLE video_camera (
    code              varchar(40) PRIMARY KEY,
    name              text             NOT NULL,
    source            varchar(16)      NOT NULL CHECK (source IN ('XUELIANG', 'PUBLIC_SECURITY', 'SOCIAL')),
    lat               double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lng               double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
    grid_code         varchar(32),
    station_code      varchar(32),
    direction         smallint CHECK (direction BETWEEN 0 AND 359),
    status            varchar(8)       NOT NULL CHECK (status IN ('ONLINE', 'OFFLINE')),
    status_changed_at timestamptz      NOT NULL,
    owner             text,
    place_id          uuid,
    active            boolean          NOT NULL DEFAULT true,
    demo              boolean          NOT NULL DEFAULT false,
    created_at        timestamptz      NOT NULL,
    updated_at        timestamptz      NOT NULL
);
CREATE INDEX video_camera_station_idx ON video_camera (station_code);
CREATE INDEX video_camera_latlng_idx ON video_camera (lat, lng);
CREATE INDEX video_camera_place_idx ON video_camera (place_id);

CREATE TABLE video_patrol_plan (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             text        NOT NULL UNIQUE,
    interval_minutes integer     NOT NULL CHECK (interval_minutes BETWEEN 5 AND 1440),
    key_spot         boolean     NOT NULL DEFAULT false,
    -- active hours as "HH:MM-HH:MM" windows separated by ";" (a window may wrap midnight); empty = all day
    active_hours     text        NOT NULL DEFAULT '',
    operator_unit    varchar(32) NOT NULL,
    active           boolean     NOT NULL DEFAULT true,
    demo             boolean     NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CHECK (NOT key_spot OR interval_minutes <= 30)
);

CREATE TABLE video_patrol_plan_camera (
    plan_id     bigint      NOT NULL REFERENCES video_patrol_plan (id) ON DELETE CASCADE,
    camera_code varchar(40) NOT NULL REFERENCES video_camera (code),
    position    integer     NOT NULL,
    PRIMARY KEY (plan_id, camera_code)
);
CREATE INDEX video_patrol_plan_camera_camera_idx ON video_patrol_plan_camera (camera_code);

CREATE TABLE video_patrol_check (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    camera_code      varchar(40) NOT NULL REFERENCES video_camera (code),
    plan_id          bigint REFERENCES video_patrol_plan (id) ON DELETE SET NULL,
    result           varchar(8)  NOT NULL CHECK (result IN ('NORMAL', 'ABNORMAL')),
    note             text,
    operator         text        NOT NULL,
    checked_at       timestamptz NOT NULL,
    incident_status  varchar(16) NOT NULL CHECK (incident_status IN ('NONE', 'OPENED', 'PENDING_INCIDENT')),
    incident_ref     text,
    demo             boolean     NOT NULL DEFAULT false,
    CHECK (result = 'NORMAL' OR note IS NOT NULL)
);
CREATE INDEX video_patrol_check_camera_idx ON video_patrol_check (camera_code, checked_at DESC);
CREATE INDEX video_patrol_check_pending_idx ON video_patrol_check (incident_status) WHERE incident_status = 'PENDING_INCIDENT';

CREATE TABLE video_alert_source (
    code        varchar(40) PRIMARY KEY,
    name        text        NOT NULL,
    -- the HMAC-SHA256 key; needed in clear to verify signatures, never shown after creation
    hmac_key    bytea       NOT NULL,
    active      boolean     NOT NULL DEFAULT true,
    demo        boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL,
    key_set_at  timestamptz NOT NULL
);

-- Signatures seen recently: a request is accepted once; older rows are purged after the timestamp window.
CREATE TABLE video_alert_signature (
    source_code varchar(40) NOT NULL,
    signature   varchar(64) NOT NULL,
    seen_at     timestamptz NOT NULL,
    PRIMARY KEY (source_code, signature)
);
CREATE INDEX video_alert_signature_seen_idx ON video_alert_signature (seen_at);

CREATE TABLE video_alert (
    id              uuid PRIMARY KEY,
    source_code     varchar(40) NOT NULL REFERENCES video_alert_source (code),
    external_id     text        NOT NULL,
    format          varchar(8)  NOT NULL CHECK (format IN ('JSON', 'CAP')),
    event_type      varchar(64) NOT NULL,
    camera_code     varchar(40) NOT NULL REFERENCES video_camera (code),
    lat             double precision NOT NULL,
    lng             double precision NOT NULL,
    grid_code       varchar(32),
    station_code    varchar(32),
    occurred_at     timestamptz NOT NULL,
    received_at     timestamptz NOT NULL,
    description     text,
    status          varchar(16) NOT NULL CHECK (status IN ('OPENED', 'PENDING_INCIDENT', 'DUPLICATE')),
    duplicate_of    uuid REFERENCES video_alert (id),
    incident_ref    text,
    demo            boolean     NOT NULL DEFAULT false,
    UNIQUE (source_code, external_id)
);
CREATE INDEX video_alert_camera_idx ON video_alert (camera_code, event_type, occurred_at DESC);
CREATE INDEX video_alert_received_idx ON video_alert (received_at DESC);
