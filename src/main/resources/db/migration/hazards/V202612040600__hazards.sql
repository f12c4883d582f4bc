-- Hazards (隐患): one lifecycle for every hazard, whatever found it (a community visit or patrol, an inspection,
-- a campus check, a bank outlet's security assessment ...): found -> rectification ordered with a deadline ->
-- rectified -> verified; past its deadline an unrectified hazard is escalated to the station chief.
-- Tables created here are granted to the application role by the platform's default privileges.

CREATE TABLE hazard (
    id                 uuid PRIMARY KEY,
    number             varchar(32)  NOT NULL UNIQUE,
    source             varchar(24)  NOT NULL CHECK (source IN ('COMMUNITY_PATROL', 'HOUSEHOLD_VISIT', 'INSPECTION',
                                                                'CAMPUS_CHECK', 'BANK_ASSESSMENT', 'OTHER')),
    source_reference   varchar(100),
    category           varchar(24)  NOT NULL CHECK (category IN ('FIRE', 'PUBLIC_ORDER', 'TRAFFIC', 'BUILDING',
                                                                  'TECHNICAL_DEFENCE', 'OTHER')),
    severity           varchar(16)  NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'MAJOR')),
    status             varchar(24)  NOT NULL CHECK (status IN ('FOUND', 'RECTIFICATION_ORDERED', 'RECTIFIED', 'VERIFIED')),
    place              varchar(200) NOT NULL,
    lat                double precision,
    lng                double precision,
    grid_code          varchar(32),
    station_code       varchar(32)  NOT NULL,
    description        varchar(2000) NOT NULL,
    found_on           date         NOT NULL,
    found_by           varchar(100) NOT NULL,
    deadline           date,
    responsible_party  varchar(200),
    ordered_at         timestamptz,
    rectified_on       date,
    rectification_note varchar(2000),
    verified_on        date,
    verified_by        varchar(100),
    verification_note  varchar(2000),
    escalated_at       timestamptz,
    photo_type         varchar(32),
    photo              bytea,
    demo               boolean      NOT NULL DEFAULT false,
    version            int          NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    CHECK (status = 'FOUND' OR deadline IS NOT NULL),
    CHECK (status NOT IN ('RECTIFIED', 'VERIFIED') OR rectified_on IS NOT NULL),
    CHECK (status <> 'VERIFIED' OR verified_on IS NOT NULL)
);

CREATE INDEX hazard_station_status_idx ON hazard (station_code, status, deadline);
CREATE INDEX hazard_source_found_idx ON hazard (source, found_on);
CREATE INDEX hazard_open_deadline_idx ON hazard (deadline) WHERE status IN ('FOUND', 'RECTIFICATION_ORDERED');

-- The station's hazard numbers: one counter per station and year (YH-WB01-2025-0001).
CREATE TABLE hazard_number_counter (
    station_code varchar(32) NOT NULL,
    year         int         NOT NULL,
    last         int         NOT NULL,
    PRIMARY KEY (station_code, year)
);

-- Creating requests seen with an Idempotency-Key: a retry gets the hazard the first request created.
CREATE TABLE hazard_idempotency (
    idempotency_key varchar(255) PRIMARY KEY,
    request_hash    varchar(64)  NOT NULL,
    hazard_id       uuid         NOT NULL REFERENCES hazard (id),
    created_at      timestamptz  NOT NULL
);
