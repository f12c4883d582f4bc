-- 警种主战 (module cases): criminal and administrative cases with the date of every stage, their source incidents,
-- persons (minimum personal data), apprehensions with the online-fugitive withdrawal (撤网), recovered property,
-- synthesised operations (合成作战) with their units and tasks, and idempotent creation requests.
-- Tables are granted to the application role by the platform migration's default privileges.

CREATE TABLE case_operation (
    id          uuid         PRIMARY KEY,
    number      varchar(32)  NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    lead_unit   varchar(32)  NOT NULL,
    status      varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED')),
    started_at  timestamptz  NOT NULL,
    closed_at   timestamptz,
    summary     varchar(2000),
    demo        boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE case_operation_unit (
    operation_id uuid        NOT NULL REFERENCES case_operation (id),
    unit_code    varchar(32) NOT NULL,
    PRIMARY KEY (operation_id, unit_code)
);
CREATE INDEX case_operation_unit_unit ON case_operation_unit (unit_code);

CREATE TABLE case_file (
    id                      uuid          PRIMARY KEY,
    number                  varchar(32)   NOT NULL UNIQUE,
    kind                    varchar(16)   NOT NULL CHECK (kind IN ('CRIMINAL', 'ADMINISTRATIVE')),
    offence                 varchar(32)   NOT NULL,
    status                  varchar(24)   NOT NULL,
    source                  varchar(16)   NOT NULL CHECK (source IN ('INCIDENT', 'WALK_IN', 'TRANSFER')),
    title                   varchar(200)  NOT NULL,
    summary                 varchar(4000),
    station_code            varchar(16)   NOT NULL,
    responsible_unit        varchar(32)   NOT NULL,
    lead_investigator_id    bigint,
    lead_investigator_name  varchar(64),
    enterprise_related      boolean       NOT NULL DEFAULT false,
    operation_id            uuid          REFERENCES case_operation (id),
    received_at             timestamptz   NOT NULL,
    stage_started_at        timestamptz   NOT NULL,
    registered_at           timestamptz,
    declined_at             timestamptz,
    decline_reason          varchar(1000),
    investigating_at        timestamptz,
    solved_at               timestamptz,
    facts_proven            boolean       NOT NULL DEFAULT false,
    act_proven              boolean       NOT NULL DEFAULT false,
    main_suspect_in_custody boolean       NOT NULL DEFAULT false,
    prosecuted_at           timestamptz,
    withdrawn_at            timestamptz,
    withdraw_reason         varchar(1000),
    decided_at              timestamptz,
    penalty                 varchar(24),
    fine_yuan               numeric(14, 2),
    detention_days          integer,
    mediated_at             timestamptz,
    concluded_at            timestamptz,
    reopen_count            integer       NOT NULL DEFAULT 0,
    reopened_at             timestamptz,
    reopen_reason           varchar(1000),
    version                 integer       NOT NULL DEFAULT 0,
    demo                    boolean       NOT NULL DEFAULT false,
    created_at              timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX case_file_station ON case_file (station_code, received_at DESC);
CREATE INDEX case_file_unit ON case_file (responsible_unit);
CREATE INDEX case_file_solved ON case_file (solved_at) WHERE solved_at IS NOT NULL;
CREATE INDEX case_file_registered ON case_file (registered_at) WHERE registered_at IS NOT NULL;
CREATE INDEX case_file_concluded ON case_file (concluded_at) WHERE concluded_at IS NOT NULL;
CREATE INDEX case_file_operation ON case_file (operation_id) WHERE operation_id IS NOT NULL;
CREATE INDEX case_file_investigator ON case_file (lead_investigator_id) WHERE lead_investigator_id IS NOT NULL;

-- Every stage and change of a case, in order: the case page's timeline.
CREATE TABLE case_event (
    case_id  uuid          NOT NULL REFERENCES case_file (id),
    seq      integer       NOT NULL,
    type     varchar(32)   NOT NULL,
    at       timestamptz   NOT NULL,
    actor    varchar(200)  NOT NULL,
    note     varchar(1000),
    PRIMARY KEY (case_id, seq)
);

-- An incident leads to at most one case.
CREATE TABLE case_incident (
    incident_id     uuid         PRIMARY KEY,
    case_id         uuid         NOT NULL REFERENCES case_file (id),
    incident_number varchar(32)  NOT NULL,
    linked_at       timestamptz  NOT NULL
);
CREATE INDEX case_incident_case ON case_incident (case_id);

CREATE TABLE case_person (
    id          uuid         PRIMARY KEY,
    case_id     uuid         NOT NULL REFERENCES case_file (id),
    role        varchar(16)  NOT NULL CHECK (role IN ('SUSPECT', 'VICTIM', 'WITNESS')),
    name        varchar(64)  NOT NULL,
    sex         varchar(8)   CHECK (sex IN ('MALE', 'FEMALE')),
    birth_year  integer      CHECK (birth_year BETWEEN 1900 AND 2100),
    id_number   varchar(18),
    demo        boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX case_person_case ON case_person (case_id);

CREATE TABLE case_apprehension (
    id                uuid          PRIMARY KEY,
    case_id           uuid          NOT NULL REFERENCES case_file (id),
    person_id         uuid          NOT NULL REFERENCES case_person (id),
    apprehended_at    timestamptz   NOT NULL,
    place             varchar(200)  NOT NULL,
    unit_code         varchar(32)   NOT NULL,
    command_supported boolean       NOT NULL DEFAULT false,
    online_fugitive   boolean       NOT NULL DEFAULT false,
    withdrawn_at      timestamptz,
    overdue_flagged_at timestamptz,
    demo              boolean       NOT NULL DEFAULT false,
    created_at        timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX case_apprehension_case ON case_apprehension (case_id);
CREATE INDEX case_apprehension_at ON case_apprehension (apprehended_at);
CREATE INDEX case_apprehension_pending ON case_apprehension (apprehended_at)
    WHERE online_fugitive AND withdrawn_at IS NULL;

CREATE TABLE case_property (
    id           uuid           PRIMARY KEY,
    case_id      uuid           NOT NULL REFERENCES case_file (id),
    description  varchar(200)   NOT NULL,
    quantity     integer        NOT NULL CHECK (quantity > 0),
    value_yuan   numeric(14, 2) NOT NULL CHECK (value_yuan >= 0),
    recovered_at timestamptz    NOT NULL,
    returned     boolean        NOT NULL DEFAULT false,
    returned_at  timestamptz,
    demo         boolean        NOT NULL DEFAULT false
);
CREATE INDEX case_property_case ON case_property (case_id);

CREATE TABLE case_operation_incident (
    operation_id    uuid        NOT NULL REFERENCES case_operation (id),
    incident_id     uuid        NOT NULL,
    incident_number varchar(32) NOT NULL,
    PRIMARY KEY (operation_id, incident_id)
);

-- Tasks of an operation or of a single case, assigned to a unit with a deadline.
CREATE TABLE case_task (
    id           uuid          PRIMARY KEY,
    operation_id uuid          REFERENCES case_operation (id),
    case_id      uuid          REFERENCES case_file (id),
    unit_code    varchar(32)   NOT NULL,
    title        varchar(200)  NOT NULL,
    due_at       timestamptz   NOT NULL,
    status       varchar(16)   NOT NULL CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    created_at   timestamptz   NOT NULL,
    done_at      timestamptz,
    demo         boolean       NOT NULL DEFAULT false,
    CHECK (operation_id IS NOT NULL OR case_id IS NOT NULL)
);
CREATE INDEX case_task_unit ON case_task (unit_code, status, due_at);
CREATE INDEX case_task_case ON case_task (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX case_task_operation ON case_task (operation_id) WHERE operation_id IS NOT NULL;

-- Case numbers per kind and year: XS-2025-000123 (刑事), XZ-2025-000045 (行政/治安); operations HZ-2025-001.
CREATE TABLE case_number (
    prefix varchar(8) NOT NULL,
    year   integer    NOT NULL,
    last   integer    NOT NULL,
    PRIMARY KEY (prefix, year)
);

-- Creating POSTs with an Idempotency-Key: the key answers with the case it created.
CREATE TABLE case_idempotency (
    key        varchar(200) PRIMARY KEY,
    actor      varchar(200) NOT NULL,
    case_id    uuid         NOT NULL REFERENCES case_file (id),
    created_at timestamptz  NOT NULL DEFAULT now()
);
