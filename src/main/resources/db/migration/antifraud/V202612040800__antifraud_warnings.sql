-- 反诈预警指令 (early-warning orders) from the upper-level anti-fraud centre: intake (signed API, CSV, by hand),
-- routing to the victim's station (or the duty desk), deadlines by risk level, contact, face-to-face dissuasion
-- with its checklist, and the outcome. The victim's phone is personal data: shown masked unless pii:unmask.

CREATE TABLE antifraud_source (
    code       varchar(40)  PRIMARY KEY,
    name       varchar(100) NOT NULL,
    hmac_key   bytea        NOT NULL,
    active     boolean      NOT NULL DEFAULT true,
    demo       boolean      NOT NULL DEFAULT false,
    created_at timestamptz  NOT NULL,
    key_set_at timestamptz  NOT NULL
);

-- Each accepted signature once (replays are refused); rows older than twice the timestamp tolerance are dropped.
CREATE TABLE antifraud_source_signature (
    source_code varchar(40) NOT NULL REFERENCES antifraud_source (code),
    signature   char(64)    NOT NULL,
    seen_at     timestamptz NOT NULL,
    PRIMARY KEY (source_code, signature)
);
CREATE INDEX antifraud_source_signature_seen_idx ON antifraud_source_signature (seen_at);

CREATE SEQUENCE fraud_warning_number_seq;

CREATE TABLE fraud_warning (
    id                    uuid         PRIMARY KEY,
    number                varchar(24)  NOT NULL UNIQUE,
    channel               varchar(16)  NOT NULL CHECK (channel IN ('API', 'CSV', 'MANUAL', 'HISTORY')),
    source_code           varchar(40),
    external_id           varchar(100),
    victim_phone          varchar(20)  NOT NULL,
    victim_address        varchar(200),
    lat                   double precision,
    lng                   double precision,
    grid_code             varchar(32),
    station_code          varchar(8),
    risk_level            varchar(8)   NOT NULL CHECK (risk_level IN ('HIGH', 'MEDIUM', 'LOW')),
    fraud_type            varchar(40)  NOT NULL,
    suspicious_contact    varchar(100),
    summary               varchar(500),
    received_at           timestamptz  NOT NULL,
    contact_deadline      timestamptz  NOT NULL,
    visit_deadline        timestamptz  NOT NULL,
    status                varchar(12)  NOT NULL CHECK (status IN ('NEW', 'CONTACTED', 'VISITED', 'CLOSED')),
    contact_method        varchar(16),
    contacted_at          timestamptz,
    contacted_in_time     boolean,
    visited_at            timestamptz,
    checklist             text[]       NOT NULL DEFAULT '{}',
    outcome               varchar(16)  CHECK (outcome IN ('DISSUADED', 'DEFRAUDED', 'UNREACHABLE', 'FALSE_ALARM')),
    closed_at             timestamptz,
    loss_avoided          bigint       CHECK (loss_avoided >= 0),
    loss_amount           bigint       CHECK (loss_amount >= 0),
    urgent_stop_account   varchar(64),
    outcome_note          varchar(500),
    escalated_at          timestamptz,
    escalation_reason     varchar(16),
    idempotency_key       varchar(255) UNIQUE,
    request_hash          char(64),
    demo                  boolean      NOT NULL DEFAULT false,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    version               integer      NOT NULL DEFAULT 0,
    CONSTRAINT fraud_warning_external_unique UNIQUE (source_code, external_id),
    CONSTRAINT fraud_warning_closed CHECK ((status = 'CLOSED') = (outcome IS NOT NULL AND closed_at IS NOT NULL))
);
CREATE INDEX fraud_warning_station_received_idx ON fraud_warning (station_code, received_at DESC);
CREATE INDEX fraud_warning_received_idx ON fraud_warning (received_at DESC);
CREATE INDEX fraud_warning_closed_idx ON fraud_warning (outcome, closed_at);
CREATE INDEX fraud_warning_open_idx ON fraud_warning (contact_deadline) WHERE status <> 'CLOSED';
CREATE INDEX fraud_warning_external_idx ON fraud_warning (external_id);
