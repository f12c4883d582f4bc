-- 立体防控: special-period patrol plans with their rosters, key-place guard, campus and hospital guard (护学岗),
-- hotspot analyses and remediation projects. Rights through the schema's default privileges (platform migration).

CREATE SEQUENCE prevention_number_seq;

-- ---- patrol plans (社会面巡逻防控) and rosters
CREATE TABLE prevention_patrol_plan (
    id          uuid         PRIMARY KEY,
    number      varchar(24)  NOT NULL UNIQUE,
    name        varchar(100) NOT NULL,
    kind        varchar(24)  NOT NULL CHECK (kind IN ('NEW_YEAR', 'SPRING_FESTIVAL', 'QINGMING', 'LABOUR_DAY', 'DRAGON_BOAT',
                                                       'NATIONAL_DAY', 'MAJOR_EVENT', 'OTHER')),
    starts_on   date         NOT NULL,
    ends_on     date         NOT NULL,
    status      varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'ROSTERED', 'PUBLISHED')),
    station_code varchar(32),
    score       varchar(64),
    demo        boolean      NOT NULL DEFAULT false,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT prevention_patrol_plan_period CHECK (ends_on >= starts_on AND ends_on - starts_on < 62)
);
CREATE INDEX prevention_patrol_plan_start_idx ON prevention_patrol_plan (starts_on);

CREATE TABLE prevention_patrol_post (
    id           uuid         PRIMARY KEY,
    plan_id      uuid         NOT NULL REFERENCES prevention_patrol_plan (id),
    seq          integer      NOT NULL,
    name         varchar(100) NOT NULL,
    kind         varchar(16)  NOT NULL CHECK (kind IN ('KEY_PLACE', 'HOTSPOT', 'STREET')),
    lat          double precision NOT NULL,
    lng          double precision NOT NULL,
    station_code varchar(32),
    UNIQUE (plan_id, seq)
);

CREATE TABLE prevention_patrol_slot (
    id                uuid        PRIMARY KEY,
    plan_id           uuid        NOT NULL REFERENCES prevention_patrol_plan (id),
    post_id           uuid        NOT NULL REFERENCES prevention_patrol_post (id),
    day               date        NOT NULL,
    shift             varchar(8)  NOT NULL CHECK (shift IN ('DAY', 'EVENING', 'NIGHT')),
    officers_required integer     NOT NULL CHECK (officers_required BETWEEN 1 AND 50),
    vehicles_required integer     NOT NULL CHECK (vehicles_required BETWEEN 0 AND 20),
    UNIQUE (post_id, day, shift)
);
CREATE INDEX prevention_patrol_slot_plan_idx ON prevention_patrol_slot (plan_id, day);

CREATE TABLE prevention_plan_officer (
    plan_id      uuid        NOT NULL REFERENCES prevention_patrol_plan (id),
    officer_id   bigint      NOT NULL,
    badge_number varchar(8)  NOT NULL,
    name         varchar(32) NOT NULL,
    station_code varchar(32),
    sworn        boolean     NOT NULL,
    leave_days   date[]      NOT NULL DEFAULT '{}',
    PRIMARY KEY (plan_id, officer_id)
);

CREATE TABLE prevention_plan_vehicle (
    plan_id      uuid        NOT NULL REFERENCES prevention_patrol_plan (id),
    code         varchar(32) NOT NULL,
    station_code varchar(32),
    PRIMARY KEY (plan_id, code)
);

-- position 0 of a slot is its lead (a sworn officer)
CREATE TABLE prevention_roster_officer (
    slot_id    uuid    NOT NULL REFERENCES prevention_patrol_slot (id),
    position   integer NOT NULL,
    plan_id    uuid    NOT NULL REFERENCES prevention_patrol_plan (id),
    officer_id bigint  NOT NULL,
    PRIMARY KEY (slot_id, position)
);
CREATE INDEX prevention_roster_officer_plan_idx ON prevention_roster_officer (plan_id, officer_id);

CREATE TABLE prevention_roster_vehicle (
    slot_id      uuid        NOT NULL REFERENCES prevention_patrol_slot (id),
    position     integer     NOT NULL,
    plan_id      uuid        NOT NULL REFERENCES prevention_patrol_plan (id),
    vehicle_code varchar(32) NOT NULL,
    PRIMARY KEY (slot_id, position)
);

CREATE TABLE prevention_roster_solve (
    id          uuid        PRIMARY KEY,
    plan_id     uuid        NOT NULL REFERENCES prevention_patrol_plan (id),
    started_at  timestamptz NOT NULL,
    ended_at    timestamptz,
    status      varchar(16) NOT NULL CHECK (status IN ('RUNNING', 'ADOPTED', 'INFEASIBLE', 'STOPPED', 'FAILED')),
    best_score  varchar(64),
    progress    text,
    started_by  varchar(64) NOT NULL
);
CREATE INDEX prevention_roster_solve_plan_idx ON prevention_roster_solve (plan_id, started_at DESC);

-- ---- key places (重点部位): 定点值守 + 动态巡逻 + 视频巡查
CREATE TABLE prevention_key_place_guard (
    id                     uuid         PRIMARY KEY,
    place_id               uuid         NOT NULL,
    place_name             varchar(100) NOT NULL,
    station_code           varchar(32),
    lat                    double precision NOT NULL,
    lng                    double precision NOT NULL,
    fixed_posts            integer      NOT NULL CHECK (fixed_posts BETWEEN 0 AND 50),
    patrol_interval_minutes integer     NOT NULL CHECK (patrol_interval_minutes BETWEEN 0 AND 1440),
    video_patrol           boolean      NOT NULL,
    since                  date         NOT NULL,
    until                  date,
    demo                   boolean      NOT NULL DEFAULT false,
    CONSTRAINT prevention_key_place_guard_period CHECK (until IS NULL OR until >= since)
);
CREATE UNIQUE INDEX prevention_key_place_guard_open_idx ON prevention_key_place_guard (place_id) WHERE until IS NULL;

CREATE TABLE prevention_key_place_checkin (
    id          uuid         PRIMARY KEY,
    guard_id    uuid         NOT NULL REFERENCES prevention_key_place_guard (id),
    officer     varchar(32)  NOT NULL,
    checked_at  timestamptz  NOT NULL,
    findings    varchar(500)
);
CREATE INDEX prevention_key_place_checkin_idx ON prevention_key_place_checkin (guard_id, checked_at);

-- ---- campus and hospital guard (一校一警, 一院一室, 护学岗)
CREATE TABLE prevention_campus_guard (
    id           uuid         PRIMARY KEY,
    place_id     uuid         NOT NULL,
    place_kind   varchar(16)  NOT NULL CHECK (place_kind IN ('SCHOOL', 'KINDERGARTEN', 'HOSPITAL')),
    place_name   varchar(100) NOT NULL,
    station_code varchar(32),
    mode         varchar(16)  NOT NULL CHECK (mode IN ('RESIDENT_OFFICER', 'POLICE_ROOM', 'LINKED_DUTY')),
    officer      varchar(32)  NOT NULL,
    since        date         NOT NULL,
    until        date,
    demo         boolean      NOT NULL DEFAULT false,
    CONSTRAINT prevention_campus_guard_period CHECK (until IS NULL OR until >= since)
);
CREATE UNIQUE INDEX prevention_campus_guard_open_idx ON prevention_campus_guard (place_id) WHERE until IS NULL;

CREATE TABLE prevention_school_duty (
    id           uuid         PRIMARY KEY,
    place_id     uuid         NOT NULL,
    place_kind   varchar(16)  NOT NULL CHECK (place_kind IN ('SCHOOL', 'KINDERGARTEN')),
    place_name   varchar(100) NOT NULL,
    station_code varchar(32),
    peaks        varchar(16)  NOT NULL CHECK (peaks IN ('MORNING', 'AFTERNOON', 'BOTH')),
    officers     integer      NOT NULL CHECK (officers BETWEEN 1 AND 20),
    since        date         NOT NULL,
    until        date,
    demo         boolean      NOT NULL DEFAULT false,
    CONSTRAINT prevention_school_duty_period CHECK (until IS NULL OR until >= since)
);
CREATE UNIQUE INDEX prevention_school_duty_open_idx ON prevention_school_duty (place_id) WHERE until IS NULL;

CREATE TABLE prevention_school_duty_checkin (
    id          uuid         PRIMARY KEY,
    duty_id     uuid         NOT NULL REFERENCES prevention_school_duty (id),
    peak        varchar(16)  NOT NULL CHECK (peak IN ('MORNING', 'AFTERNOON')),
    officer     varchar(32)  NOT NULL,
    checked_at  timestamptz  NOT NULL
);
CREATE INDEX prevention_school_duty_checkin_idx ON prevention_school_duty_checkin (duty_id, checked_at);

-- ---- hotspot analyses (Getis-Ord Gi* over H3 bins) and remediation projects (治安乱点整治)
CREATE TABLE prevention_hotspot_analysis (
    id           uuid         PRIMARY KEY,
    number       varchar(24)  NOT NULL UNIQUE,
    scope_unit   varchar(32)  NOT NULL,
    parameters   text         NOT NULL,
    result       text         NOT NULL,
    hot_bins     integer      NOT NULL,
    cold_bins    integer      NOT NULL,
    created_by   varchar(64)  NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE prevention_remediation_project (
    id             uuid         PRIMARY KEY,
    number         varchar(24)  NOT NULL UNIQUE,
    name           varchar(100) NOT NULL,
    analysis_id    uuid         REFERENCES prevention_hotspot_analysis (id),
    cells          text[]       NOT NULL,
    categories     text[]       NOT NULL,
    station_code   varchar(32),
    grid_code      varchar(32),
    lat            double precision NOT NULL,
    lng            double precision NOT NULL,
    measures       varchar(2000) NOT NULL,
    opened_on      date         NOT NULL,
    deadline       date         NOT NULL,
    status         varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'REMEDIATED', 'NOT_REMEDIATED')),
    before_from    date,
    before_to      date,
    after_from     date,
    after_to       date,
    before_count   integer,
    after_count    integer,
    p_value        double precision,
    evaluated_on   date,
    closed_on      date,
    closing_note   varchar(2000),
    demo           boolean      NOT NULL DEFAULT false,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT prevention_remediation_deadline CHECK (deadline >= opened_on),
    CONSTRAINT prevention_remediation_closed CHECK ((status = 'OPEN') = (closed_on IS NULL)),
    CONSTRAINT prevention_remediation_evaluated CHECK (status <> 'REMEDIATED' OR evaluated_on IS NOT NULL)
);
CREATE INDEX prevention_remediation_closed_idx ON prevention_remediation_project (closed_on, status);

CREATE TABLE prevention_remediation_deployment (
    id          uuid         PRIMARY KEY,
    project_id  uuid         NOT NULL REFERENCES prevention_remediation_project (id),
    deployed_on date         NOT NULL,
    officers    integer      NOT NULL CHECK (officers BETWEEN 1 AND 1000),
    note        varchar(500),
    station_code varchar(32),
    grid_code   varchar(32),
    demo        boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX prevention_remediation_deployment_idx ON prevention_remediation_deployment (deployed_on);
CREATE INDEX prevention_remediation_deployment_project_idx ON prevention_remediation_deployment (project_id);
