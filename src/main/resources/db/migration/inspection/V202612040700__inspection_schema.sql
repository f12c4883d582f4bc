-- 重点行业: premises of special industries, their inspections (家次) with findings, and penalties.
-- The application role gets its rights through the schema's default privileges (platform migration).

CREATE SEQUENCE inspection_number_seq;

CREATE TABLE inspection_premises (
    id                 uuid         PRIMARY KEY,
    number             varchar(24)  NOT NULL,
    name               varchar(100) NOT NULL,
    type               varchar(24)  NOT NULL CHECK (type IN ('HOTEL', 'SEAL_ENGRAVING', 'SCRAP_METAL', 'VEHICLE_REPAIR',
                                                             'PAWN', 'HAZARDOUS_MATERIALS', 'BANK_OUTLET')),
    licence_number     varchar(64)  NOT NULL,
    licence_date       date         NOT NULL,
    responsible_person varchar(32)  NOT NULL,
    responsible_phone  varchar(32),
    address            varchar(200) NOT NULL,
    lat                double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lng                double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
    station_code       varchar(32),
    grid_code          varchar(32),
    risk_level         varchar(8)   NOT NULL CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
    status             varchar(16)  NOT NULL CHECK (status IN ('OPERATING', 'SUSPENDED', 'REVOKED')),
    suspended_until    date,
    demo               boolean      NOT NULL DEFAULT false,
    version            bigint       NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT inspection_premises_number_unique UNIQUE (number),
    CONSTRAINT inspection_premises_licence_unique UNIQUE (type, licence_number)
);
CREATE INDEX inspection_premises_station_idx ON inspection_premises (station_code, type);

CREATE TABLE inspection (
    id            uuid         PRIMARY KEY,
    number        varchar(24)  NOT NULL,
    premises_id   uuid         NOT NULL REFERENCES inspection_premises (id),
    kind          varchar(32)  NOT NULL CHECK (kind IN ('ROUTINE', 'BANK_SECURITY_ASSESSMENT')),
    inspected_on  date         NOT NULL,
    inspectors    text[]       NOT NULL,
    parts_checked varchar(500),
    result        varchar(16)  NOT NULL CHECK (result IN ('PASSED', 'HAZARDS_FOUND')),
    advice        varchar(2000),
    station_code  varchar(32),
    grid_code     varchar(32),
    demo          boolean      NOT NULL DEFAULT false,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT inspection_number_unique UNIQUE (number)
);
CREATE INDEX inspection_premises_idx ON inspection (premises_id, inspected_on DESC);
CREATE INDEX inspection_date_idx ON inspection (inspected_on, station_code);

-- A finding is a hazard found by an inspection; its lifecycle (rectification, verification) is the hazards
-- module's. rectified_on mirrors the day the hazard was rectified, for the inspection's own figures.
CREATE TABLE inspection_finding (
    id            uuid         PRIMARY KEY,
    inspection_id uuid         NOT NULL REFERENCES inspection (id),
    seq           integer      NOT NULL,
    description   varchar(500) NOT NULL,
    deadline      date         NOT NULL,
    hazard_id     uuid,
    rectified_on  date,
    CONSTRAINT inspection_finding_seq_unique UNIQUE (inspection_id, seq)
);
CREATE INDEX inspection_finding_rectified_idx ON inspection_finding (rectified_on) WHERE rectified_on IS NOT NULL;
CREATE INDEX inspection_finding_hazard_idx ON inspection_finding (hazard_id) WHERE hazard_id IS NOT NULL;

CREATE TABLE inspection_penalty (
    id              uuid          PRIMARY KEY,
    number          varchar(24)   NOT NULL,
    premises_id     uuid          NOT NULL REFERENCES inspection_premises (id),
    inspection_id   uuid          REFERENCES inspection (id),
    kind            varchar(24)   NOT NULL CHECK (kind IN ('WARNING', 'FINE', 'SUSPENSION', 'LICENCE_REVOKED')),
    amount          numeric(12, 2) CHECK (amount IS NULL OR amount > 0),
    suspension_from date,
    suspension_to   date,
    legal_basis     varchar(300)  NOT NULL,
    case_number     varchar(32),
    decided_on      date          NOT NULL,
    station_code    varchar(32),
    grid_code       varchar(32),
    demo            boolean       NOT NULL DEFAULT false,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT inspection_penalty_number_unique UNIQUE (number),
    CONSTRAINT inspection_penalty_fine_amount CHECK ((kind = 'FINE') = (amount IS NOT NULL)),
    CONSTRAINT inspection_penalty_suspension_period CHECK ((kind = 'SUSPENSION') = (suspension_from IS NOT NULL)
        AND (suspension_from IS NULL) = (suspension_to IS NULL) AND (suspension_to IS NULL OR suspension_to >= suspension_from))
);
CREATE INDEX inspection_penalty_premises_idx ON inspection_penalty (premises_id, decided_on DESC);
CREATE INDEX inspection_penalty_date_idx ON inspection_penalty (decided_on, kind);
