-- Community policing (派出所主防): 3+N grid teams, police posts and their grids with a visit plan, volunteers (义警)
-- with their teams, activities and leads, household visits, disputes and mediation, publicity activities.
-- Every record carries its station (data scope); grids and officers are referred to by code / id of their modules.
-- Tables created here are granted to the application role by the platform's default privileges.

-- A grid's 3+N team: one row per member and period of membership (left_on NULL while serving).
CREATE TABLE community_team_member (
    id                uuid PRIMARY KEY,
    grid_code         varchar(32)  NOT NULL,
    station_code      varchar(32)  NOT NULL,
    role              varchar(24)  NOT NULL CHECK (role IN ('COMMUNITY_OFFICER', 'AUXILIARY_OFFICER', 'GRID_WORKER', 'SOCIAL_FORCE')),
    social_force_kind varchar(24)  CHECK (social_force_kind IN ('SECURITY_GUARD', 'PROPERTY_MANAGER', 'RED_ARMBAND',
                                                                'SAFETY_VOLUNTEER', 'BUILDING_LEADER', 'OTHER')),
    officer_id        bigint,
    name              varchar(50)  NOT NULL,
    phone             varchar(32),
    joined_on         date         NOT NULL,
    left_on           date,
    demo              boolean      NOT NULL DEFAULT false,
    created_at        timestamptz  NOT NULL,
    CHECK ((role = 'SOCIAL_FORCE') = (social_force_kind IS NOT NULL)),
    CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX community_team_member_grid_idx ON community_team_member (grid_code, role);
CREATE INDEX community_team_member_station_idx ON community_team_member (station_code);

-- Each grid's police post (警务室) and monthly visit plan (households and shops to visit per month).
CREATE TABLE community_grid_plan (
    grid_code            varchar(32) PRIMARY KEY,
    station_code         varchar(32) NOT NULL,
    post_code            varchar(32),
    monthly_visit_target int         NOT NULL CHECK (monthly_visit_target >= 0),
    addresses            int         NOT NULL DEFAULT 0 CHECK (addresses >= 0),
    demo                 boolean     NOT NULL DEFAULT false
);

CREATE TABLE community_volunteer_team (
    id           uuid PRIMARY KEY,
    code         varchar(32)  NOT NULL UNIQUE,
    name         varchar(100) NOT NULL,
    station_code varchar(32)  NOT NULL,
    grid_code    varchar(32),
    area         varchar(200),
    leader_name  varchar(50)  NOT NULL,
    formed_on    date         NOT NULL,
    disbanded_on date,
    demo         boolean      NOT NULL DEFAULT false,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX community_volunteer_team_station_idx ON community_volunteer_team (station_code);

-- A volunteer: minimum personal data (name, phone), real-name registered, joined and (perhaps) left.
CREATE TABLE community_volunteer (
    id                 uuid PRIMARY KEY,
    team_id            uuid        NOT NULL REFERENCES community_volunteer_team (id),
    station_code       varchar(32) NOT NULL,
    name               varchar(50) NOT NULL,
    phone              varchar(32),
    real_name_verified boolean     NOT NULL,
    joined_on          date        NOT NULL,
    left_on            date,
    demo               boolean     NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL,
    CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX community_volunteer_team_idx ON community_volunteer (team_id);
CREATE INDEX community_volunteer_station_idx ON community_volunteer (station_code, joined_on);

CREATE TABLE community_volunteer_activity (
    id           uuid PRIMARY KEY,
    team_id      uuid          NOT NULL REFERENCES community_volunteer_team (id),
    station_code varchar(32)   NOT NULL,
    type         varchar(24)   NOT NULL CHECK (type IN ('SCHOOL_GUARD', 'NEIGHBOURHOOD_WATCH', 'ANTIFRAUD_PUBLICITY',
                                                        'LEAD_REPORTING', 'PATROL')),
    held_on      date          NOT NULL,
    place        varchar(200)  NOT NULL,
    participants int           NOT NULL CHECK (participants >= 1),
    hours        numeric(6, 1) NOT NULL CHECK (hours > 0),
    summary      varchar(2000),
    demo         boolean       NOT NULL DEFAULT false,
    created_at   timestamptz   NOT NULL
);
CREATE INDEX community_volunteer_activity_team_idx ON community_volunteer_activity (team_id, held_on);

-- Who took part in an activity; each participant is credited the activity's hours.
CREATE TABLE community_activity_participant (
    activity_id  uuid NOT NULL REFERENCES community_volunteer_activity (id),
    volunteer_id uuid NOT NULL REFERENCES community_volunteer (id),
    PRIMARY KEY (activity_id, volunteer_id)
);
CREATE INDEX community_activity_participant_volunteer_idx ON community_activity_participant (volunteer_id);

-- A lead (线索) a volunteer reports: in the station's queue until it becomes an incident or is dismissed.
CREATE TABLE community_lead (
    id              uuid PRIMARY KEY,
    station_code    varchar(32)   NOT NULL,
    team_id         uuid          NOT NULL REFERENCES community_volunteer_team (id),
    volunteer_id    uuid          REFERENCES community_volunteer (id),
    reported_at     timestamptz   NOT NULL,
    summary         varchar(2000) NOT NULL,
    address         varchar(200),
    lat             double precision,
    lng             double precision,
    status          varchar(24)   NOT NULL CHECK (status IN ('NEW', 'INCIDENT_OPENED', 'DISMISSED')),
    incident_id     uuid,
    incident_number varchar(32),
    handled_by      varchar(100),
    handled_note    varchar(2000),
    demo            boolean       NOT NULL DEFAULT false,
    version         int           NOT NULL DEFAULT 0
);
CREATE INDEX community_lead_station_idx ON community_lead (station_code, status, reported_at);

-- A household or shop visit (走访): the address only, no identity dossier.
CREATE TABLE community_visit (
    id           uuid PRIMARY KEY,
    station_code varchar(32)   NOT NULL,
    grid_code    varchar(32)   NOT NULL,
    officer_id   bigint,
    officer_name varchar(50)   NOT NULL,
    visited_on   date          NOT NULL,
    premises     varchar(16)   NOT NULL CHECK (premises IN ('HOUSEHOLD', 'SHOP')),
    address      varchar(200)  NOT NULL,
    purpose      varchar(24)   NOT NULL CHECK (purpose IN ('SAFETY_ADVICE', 'ANTI_FRAUD', 'DISPUTE', 'HAZARD_CHECK',
                                                           'SERVICE_REQUEST')),
    findings     varchar(2000),
    help_request varchar(2000),
    hazard_id      uuid,
    hazard_number  varchar(32),
    dispute_id     uuid,
    dispute_number varchar(32),
    demo         boolean       NOT NULL DEFAULT false,
    created_at   timestamptz   NOT NULL
);
CREATE INDEX community_visit_station_day_idx ON community_visit (station_code, visited_on);
CREATE INDEX community_visit_grid_day_idx ON community_visit (grid_code, visited_on);
CREATE INDEX community_visit_day_idx ON community_visit (visited_on);

-- A dispute (矛盾纠纷): 受理 → 分流转办 → 办理 (mediation sessions) → 跟踪督办 (deadline by tier) → 办结反馈 (result, 回访).
CREATE TABLE community_dispute (
    id             uuid PRIMARY KEY,
    number         varchar(32)   NOT NULL UNIQUE,
    station_code   varchar(32)   NOT NULL,
    grid_code      varchar(32)   NOT NULL,
    kind           varchar(24)   NOT NULL CHECK (kind IN ('NEIGHBOUR', 'FAMILY', 'PROPERTY', 'LABOUR', 'CONTRACT',
                                                           'TRAFFIC', 'OTHER')),
    tier           varchar(16)   NOT NULL CHECK (tier IN ('SIMPLE', 'COMPLEX', 'DIFFICULT')),
    summary        varchar(2000) NOT NULL,
    received_on    date          NOT NULL,
    deadline       date          NOT NULL,
    status         varchar(16)   NOT NULL CHECK (status IN ('RECEIVED', 'ASSIGNED', 'MEDIATING', 'CLOSED')),
    assigned_to    varchar(100),
    assigned_on    date,
    result         varchar(16)   CHECK (result IN ('MEDIATED', 'FAILED', 'REFERRED')),
    referred_to    varchar(200),
    result_note    varchar(2000),
    closed_on      date,
    follow_up_on   date,
    satisfaction   varchar(24)   CHECK (satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
    follow_up_note varchar(2000),
    visit_id       uuid,
    demo           boolean       NOT NULL DEFAULT false,
    version        int           NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    CHECK ((status = 'CLOSED') = (result IS NOT NULL AND closed_on IS NOT NULL)),
    CHECK (result <> 'REFERRED' OR referred_to IS NOT NULL),
    CHECK (follow_up_on IS NULL OR status = 'CLOSED')
);
CREATE INDEX community_dispute_station_idx ON community_dispute (station_code, status, deadline);
CREATE INDEX community_dispute_closed_idx ON community_dispute (closed_on) WHERE status = 'CLOSED';

CREATE TABLE community_dispute_party (
    dispute_id uuid        NOT NULL REFERENCES community_dispute (id),
    position   int         NOT NULL,
    name       varchar(50) NOT NULL,
    phone      varchar(32),
    PRIMARY KEY (dispute_id, position)
);

CREATE TABLE community_dispute_session (
    dispute_id uuid          NOT NULL REFERENCES community_dispute (id),
    position   int           NOT NULL,
    held_on    date          NOT NULL,
    mediator   varchar(100)  NOT NULL,
    note       varchar(2000),
    PRIMARY KEY (dispute_id, position)
);

CREATE TABLE community_dispute_number_counter (
    station_code varchar(32) NOT NULL,
    year         int         NOT NULL,
    last         int         NOT NULL,
    PRIMARY KEY (station_code, year)
);

-- Publicity activities (宣传): talks, lectures, drills, competitions, leaflet campaigns; the anti-fraud and campus
-- work count them.
CREATE TABLE community_publicity (
    id                uuid PRIMARY KEY,
    station_code      varchar(32)  NOT NULL,
    grid_code         varchar(32),
    theme             varchar(24)  NOT NULL CHECK (theme IN ('ANTI_FRAUD', 'LAW_ON_CAMPUS', 'SAFETY')),
    format            varchar(24)  NOT NULL CHECK (format IN ('TALK', 'LECTURE', 'DRILL', 'COMPETITION', 'LEAFLETS')),
    audience          varchar(24)  NOT NULL CHECK (audience IN ('RESIDENTS', 'STUDENTS', 'ELDERLY', 'ENTERPRISE',
                                                                'BANK_CUSTOMERS', 'OTHER')),
    held_on           date         NOT NULL,
    place             varchar(200) NOT NULL,
    attendance        int          NOT NULL CHECK (attendance >= 0),
    leaflets          int          NOT NULL CHECK (leaflets >= 0),
    app_registrations int          NOT NULL CHECK (app_registrations >= 0),
    summary           varchar(2000),
    demo              boolean      NOT NULL DEFAULT false,
    created_at        timestamptz  NOT NULL
);
CREATE INDEX community_publicity_day_idx ON community_publicity (held_on, theme);
CREATE INDEX community_publicity_station_idx ON community_publicity (station_code, held_on);

-- Creating requests seen with an Idempotency-Key: a retry gets what the first request created.
CREATE TABLE community_idempotency (
    idempotency_key varchar(255) PRIMARY KEY,
    kind            varchar(32)  NOT NULL,
    request_hash    varchar(64)  NOT NULL,
    object_id       uuid         NOT NULL,
    created_at      timestamptz  NOT NULL
);
