-- The branch's organisation: units (分局 → 派出所 / 情指中心 / 大队·室 → 警务室), officers and duty units.

CREATE TABLE org_unit (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       varchar(32)  NOT NULL,
    name       varchar(64)  NOT NULL,
    kind       varchar(24)  NOT NULL CHECK (kind IN ('BRANCH', 'STATION', 'COMMAND_CENTER', 'DEPARTMENT', 'POLICE_POST')),
    parent_id  bigint REFERENCES org_unit (id),
    sort_order integer      NOT NULL DEFAULT 0,
    active     boolean      NOT NULL DEFAULT true,
    demo       boolean      NOT NULL DEFAULT false,
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT org_unit_code_unique UNIQUE (code),
    CONSTRAINT org_unit_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_id);

CREATE TABLE officer (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    badge_number char(6)     NOT NULL CHECK (badge_number ~ '^[0-9]{6}$'),
    name         varchar(32) NOT NULL,
    rank         varchar(24) NOT NULL,
    role         varchar(24) NOT NULL,
    unit_id      bigint      NOT NULL REFERENCES org_unit (id),
    work_phone   varchar(20),
    active       boolean     NOT NULL DEFAULT true,
    demo         boolean     NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT officer_badge_unique UNIQUE (badge_number)
);
CREATE INDEX officer_unit_idx ON officer (unit_id);
CREATE INDEX officer_name_idx ON officer (name);

-- A duty unit (执勤单元) has a home station (always a 派出所) and an owning unit (the station itself,
-- or the 大队 / 情指中心 whose officers crew it).
CREATE TABLE duty_unit (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_sign    varchar(32) NOT NULL,
    kind         varchar(24) NOT NULL,
    station_id   bigint      NOT NULL REFERENCES org_unit (id),
    owner_id     bigint      NOT NULL REFERENCES org_unit (id),
    capabilities text[]      NOT NULL DEFAULT '{}',
    active       boolean     NOT NULL DEFAULT true,
    demo         boolean     NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT duty_unit_call_sign_unique UNIQUE (call_sign)
);
CREATE INDEX duty_unit_station_idx ON duty_unit (station_id);
CREATE INDEX duty_unit_owner_idx ON duty_unit (owner_id);
