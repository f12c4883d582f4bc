-- Command centre (情指中心): the incident catalogue, incidents (警情) with their timeline, assignments,
-- reclassifications, idempotent intake requests and daily numbers, and the live state of duty units.

-- ---- catalogue: categories are fixed (an enum of the API), subtypes are editable data

CREATE TABLE incident_category (
    code       varchar(24) PRIMARY KEY CHECK (code IN ('CRIMINAL', 'PUBLIC_ORDER', 'TRAFFIC', 'FIRE', 'HELP', 'DISPUTE', 'REPORT', 'OTHER')),
    name_zh    varchar(32) NOT NULL,
    name_en    varchar(64) NOT NULL,
    sort_order integer     NOT NULL
);

CREATE TABLE incident_subtype (
    category            varchar(24) NOT NULL REFERENCES incident_category (code),
    code                varchar(32) NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name_zh             varchar(32) NOT NULL,
    name_en             varchar(64) NOT NULL,
    default_priority    smallint    NOT NULL CHECK (default_priority BETWEEN 1 AND 4),
    required_capability varchar(24),
    units_needed        smallint    NOT NULL DEFAULT 1 CHECK (units_needed BETWEEN 1 AND 20),
    sort_order          integer     NOT NULL,
    active              boolean     NOT NULL DEFAULT true,
    PRIMARY KEY (category, code)
);

INSERT INTO incident_category (code, name_zh, name_en, sort_order) VALUES
    ('CRIMINAL', '刑事', 'Criminal', 1),
    ('PUBLIC_ORDER', '治安', 'Public order', 2),
    ('TRAFFIC', '交通', 'Traffic', 3),
    ('FIRE', '火灾', 'Fire', 4),
    ('HELP', '求助', 'Request for help', 5),
    ('DISPUTE', '纠纷', 'Dispute', 6),
    ('REPORT', '举报', 'Report / tip-off', 7),
    ('OTHER', '其他', 'Other', 8);

INSERT INTO incident_subtype (category, code, name_zh, name_en, default_priority, required_capability, units_needed, sort_order) VALUES
    ('CRIMINAL', 'THEFT', '盗窃', 'Theft', 3, NULL, 1, 1),
    ('CRIMINAL', 'BURGLARY', '入室盗窃', 'Burglary', 2, NULL, 1, 2),
    ('CRIMINAL', 'ROBBERY', '抢劫', 'Robbery', 1, 'ARMED_RESPONSE', 2, 3),
    ('CRIMINAL', 'SNATCHING', '抢夺', 'Snatch theft', 2, NULL, 1, 4),
    ('CRIMINAL', 'FRAUD', '诈骗', 'Fraud', 3, NULL, 1, 5),
    ('CRIMINAL', 'TELECOM_FRAUD', '电信网络诈骗', 'Telecom and online fraud', 2, NULL, 1, 6),
    ('CRIMINAL', 'ASSAULT', '故意伤害', 'Assault', 1, 'MEDICAL_FIRST_AID', 2, 7),
    ('CRIMINAL', 'VEHICLE_THEFT', '盗窃车辆', 'Vehicle theft', 3, NULL, 1, 8),
    ('CRIMINAL', 'OTHER_CRIMINAL', '其他刑事', 'Other criminal', 3, NULL, 1, 99),
    ('PUBLIC_ORDER', 'FIGHT', '打架斗殴', 'Fight', 1, NULL, 2, 1),
    ('PUBLIC_ORDER', 'PROVOCATION', '寻衅滋事', 'Provocation', 2, NULL, 1, 2),
    ('PUBLIC_ORDER', 'GAMBLING', '赌博', 'Gambling', 3, NULL, 1, 3),
    ('PUBLIC_ORDER', 'NOISE', '噪音扰民', 'Noise nuisance', 4, NULL, 1, 4),
    ('PUBLIC_ORDER', 'DRUNK_DISORDER', '醉酒滋事', 'Drunk and disorderly', 2, NULL, 1, 5),
    ('PUBLIC_ORDER', 'MASS_GATHERING', '群体性事件', 'Mass gathering', 1, 'CROWD_CONTROL', 3, 6),
    ('PUBLIC_ORDER', 'OTHER_PUBLIC_ORDER', '其他治安', 'Other public order', 3, NULL, 1, 99),
    ('TRAFFIC', 'ACCIDENT', '交通事故', 'Traffic accident', 2, 'TRAFFIC', 1, 1),
    ('TRAFFIC', 'ACCIDENT_INJURY', '伤人交通事故', 'Accident with injuries', 1, 'MEDICAL_FIRST_AID', 2, 2),
    ('TRAFFIC', 'CONGESTION', '交通拥堵', 'Congestion', 3, 'TRAFFIC', 1, 3),
    ('TRAFFIC', 'DRUNK_DRIVING', '酒驾', 'Drunk driving', 2, NULL, 1, 4),
    ('TRAFFIC', 'OTHER_TRAFFIC', '其他交通', 'Other traffic', 3, NULL, 1, 99),
    ('FIRE', 'BUILDING_FIRE', '建筑火灾', 'Building fire', 1, NULL, 1, 1),
    ('FIRE', 'VEHICLE_FIRE', '车辆火灾', 'Vehicle fire', 1, NULL, 1, 2),
    ('FIRE', 'OTHER_FIRE', '其他火情', 'Other fire', 2, NULL, 1, 99),
    ('HELP', 'MISSING_ELDERLY', '走失老人', 'Missing elderly person', 2, NULL, 1, 1),
    ('HELP', 'MISSING_CHILD', '走失儿童', 'Missing child', 1, NULL, 2, 2),
    ('HELP', 'SUDDEN_ILLNESS', '突发疾病', 'Sudden illness', 1, 'MEDICAL_FIRST_AID', 1, 3),
    ('HELP', 'DROWNING', '落水', 'Drowning', 1, 'WATER_RESCUE', 1, 4),
    ('HELP', 'LOST_PROPERTY', '遗失物品', 'Lost property', 4, NULL, 1, 5),
    ('HELP', 'LOCKED_OUT', '被困求助', 'Trapped or locked out', 3, NULL, 1, 6),
    ('HELP', 'SUICIDE_RISK', '轻生求助', 'Suicide risk', 1, 'NEGOTIATION', 1, 7),
    ('HELP', 'OTHER_HELP', '其他求助', 'Other help', 3, NULL, 1, 99),
    ('DISPUTE', 'NEIGHBOUR', '邻里纠纷', 'Neighbour dispute', 3, NULL, 1, 1),
    ('DISPUTE', 'FAMILY', '家庭纠纷', 'Family dispute', 3, NULL, 1, 2),
    ('DISPUTE', 'CONSUMER', '消费纠纷', 'Consumer dispute', 4, NULL, 1, 3),
    ('DISPUTE', 'LABOUR', '劳资纠纷', 'Labour dispute', 3, NULL, 1, 4),
    ('DISPUTE', 'OTHER_DISPUTE', '其他纠纷', 'Other dispute', 3, NULL, 1, 99),
    ('REPORT', 'DRUGS', '涉毒举报', 'Drugs tip-off', 3, NULL, 1, 1),
    ('REPORT', 'GAMBLING_TIP', '涉赌举报', 'Gambling tip-off', 3, NULL, 1, 2),
    ('REPORT', 'WANTED_PERSON', '在逃人员线索', 'Wanted person', 2, NULL, 1, 3),
    ('REPORT', 'OTHER_REPORT', '其他举报', 'Other tip-off', 4, NULL, 1, 99),
    ('OTHER', 'CONSULTATION', '咨询', 'Consultation', 4, NULL, 1, 1),
    ('OTHER', 'OTHER', '其他', 'Other', 4, NULL, 1, 99);

-- ---- incidents

-- Daily counters for the readable numbers (JQ + yyyyMMdd + 6 digits).
CREATE TABLE incident_number_counter (
    day  date    PRIMARY KEY,
    last integer NOT NULL CHECK (last > 0)
);

CREATE TABLE incident (
    id                        uuid         PRIMARY KEY,
    number                    varchar(20)  NOT NULL,
    status                    varchar(16)  NOT NULL CHECK (status IN ('NEW', 'DISPATCHED', 'EN_ROUTE', 'ON_SCENE', 'CLEARED', 'MERGED')),
    channel                   varchar(16)  NOT NULL CHECK (channel IN ('CALL_110', 'VIDEO_ALERT', 'PATROL', 'ONLINE', 'TRANSFER', 'WALK_IN')),
    category                  varchar(24)  NOT NULL,
    subtype                   varchar(32)  NOT NULL,
    priority                  smallint     NOT NULL CHECK (priority BETWEEN 1 AND 4),
    reported_at               timestamptz  NOT NULL,
    received_at               timestamptz  NOT NULL,
    lat                       double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lng                       double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
    address                   varchar(200),
    grid_code                 varchar(32),
    grid_type                 varchar(16),
    station_code              varchar(32),
    caller_phone              varchar(32),
    summary                   varchar(2000),
    back_entry                boolean      NOT NULL DEFAULT false,
    possible_duplicate_of     uuid REFERENCES incident (id),
    duplicate_dismissed       boolean      NOT NULL DEFAULT false,
    merged_into               uuid REFERENCES incident (id),
    first_dispatched_at       timestamptz,
    on_scene_at               timestamptz,
    cleared_at                timestamptz,
    disposition               varchar(32),
    disposition_note          varchar(2000),
    arrival_standard_seconds  integer,
    arrival_within_standard   boolean,
    demo                      boolean      NOT NULL DEFAULT false,
    version                   bigint       NOT NULL DEFAULT 0,
    updated_at                timestamptz  NOT NULL,
    CONSTRAINT incident_number_unique UNIQUE (number),
    CONSTRAINT incident_subtype_fk FOREIGN KEY (category, subtype) REFERENCES incident_subtype (category, code),
    CONSTRAINT incident_not_merged_into_itself CHECK (merged_into IS NULL OR merged_into <> id)
);
CREATE INDEX incident_reported_at_idx ON incident (reported_at DESC);
CREATE INDEX incident_status_idx ON incident (status, priority, reported_at);
CREATE INDEX incident_station_idx ON incident (station_code, reported_at DESC);
CREATE INDEX incident_category_idx ON incident (category, reported_at DESC);
CREATE INDEX incident_caller_phone_idx ON incident (caller_phone, reported_at DESC) WHERE caller_phone IS NOT NULL;
CREATE INDEX incident_open_idx ON incident (reported_at) WHERE status NOT IN ('CLEARED', 'MERGED');

-- Time intervals of an incident, in seconds, derived from its times (null until both ends exist).
CREATE VIEW incident_intervals AS
SELECT id,
       extract(epoch FROM first_dispatched_at - reported_at)::bigint AS received_to_dispatched_seconds,
       extract(epoch FROM on_scene_at - first_dispatched_at)::bigint AS dispatched_to_on_scene_seconds,
       extract(epoch FROM cleared_at - on_scene_at)::bigint          AS on_scene_seconds,
       extract(epoch FROM on_scene_at - reported_at)::bigint         AS received_to_on_scene_seconds
FROM incident;

-- Every status change and other event of an incident, with time and actor.
CREATE TABLE incident_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id uuid         NOT NULL REFERENCES incident (id),
    event       varchar(24)  NOT NULL,
    status      varchar(16)  NOT NULL,
    at          timestamptz  NOT NULL,
    recorded_at timestamptz  NOT NULL,
    actor       varchar(200) NOT NULL,
    unit_id     bigint,
    note        varchar(2000)
);
CREATE INDEX incident_event_incident_idx ON incident_event (incident_id, at, id);

-- Units sent to an incident, with their times.
CREATE TABLE incident_assignment (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id   uuid        NOT NULL REFERENCES incident (id),
    unit_id       bigint      NOT NULL,
    status        varchar(16) NOT NULL CHECK (status IN ('DISPATCHED', 'EN_ROUTE', 'ON_SCENE', 'CLEARED')),
    dispatched_at timestamptz NOT NULL,
    en_route_at   timestamptz,
    on_scene_at   timestamptz,
    cleared_at    timestamptz
);
CREATE INDEX incident_assignment_incident_idx ON incident_assignment (incident_id, id);
CREATE UNIQUE INDEX incident_assignment_one_active_per_unit ON incident_assignment (unit_id) WHERE status <> 'CLEARED';

-- Changes of category after intake, each with its reason.
CREATE TABLE incident_reclassification (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id   uuid         NOT NULL REFERENCES incident (id),
    from_category varchar(24)  NOT NULL,
    from_subtype  varchar(32)  NOT NULL,
    from_priority smallint     NOT NULL,
    to_category   varchar(24)  NOT NULL,
    to_subtype    varchar(32)  NOT NULL,
    to_priority   smallint     NOT NULL,
    reason        varchar(500) NOT NULL CHECK (length(btrim(reason)) > 0),
    at            timestamptz  NOT NULL,
    actor         varchar(200) NOT NULL
);
CREATE INDEX incident_reclassification_incident_idx ON incident_reclassification (incident_id, id);

-- Idempotent intake: one row per Idempotency-Key with the request's hash and the response first given.
CREATE TABLE incident_intake_request (
    idempotency_key varchar(255) PRIMARY KEY,
    request_hash    char(64)     NOT NULL,
    incident_id     uuid REFERENCES incident (id),
    response_status smallint,
    response_body   text,
    created_at      timestamptz  NOT NULL
);

-- ---- units: the live state of each organisation duty unit (keyed by its id)

CREATE TABLE unit_state (
    unit_id     bigint      PRIMARY KEY,
    status      varchar(16) NOT NULL CHECK (status IN ('AVAILABLE', 'DISPATCHED', 'EN_ROUTE', 'ON_SCENE', 'OUT_OF_SERVICE')),
    incident_id uuid REFERENCES incident (id),
    lat         double precision CHECK (lat BETWEEN -90 AND 90),
    lng         double precision CHECK (lng BETWEEN -180 AND 180),
    position_at timestamptz,
    demo        boolean     NOT NULL DEFAULT false,
    version     bigint      NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT unit_state_position_complete CHECK ((lat IS NULL) = (lng IS NULL) AND (lat IS NULL) = (position_at IS NULL))
);
CREATE INDEX unit_state_status_idx ON unit_state (status);
