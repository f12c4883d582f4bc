-- 警企 liaison: the registry of key enterprises, major projects and industrial zones with the leader assigned to
-- each and the police posts at project sites; liaison meetings and visits; the issues raised and followed up to closure.

CREATE TABLE enterprise (
    id           uuid         PRIMARY KEY,
    name         varchar(100) NOT NULL,
    kind         varchar(24)  NOT NULL CHECK (kind IN ('KEY_ENTERPRISE', 'MAJOR_PROJECT', 'INDUSTRIAL_ZONE')),
    address      varchar(200),
    lat          double precision,
    lng          double precision,
    grid_code    varchar(32),
    station_code varchar(8),
    leader_name  varchar(32),
    leader_title varchar(64),
    police_post  boolean      NOT NULL DEFAULT false,
    active       boolean      NOT NULL DEFAULT true,
    demo         boolean      NOT NULL DEFAULT false,
    created_at   timestamptz  NOT NULL,
    CONSTRAINT enterprise_name_unique UNIQUE (name)
);
CREATE INDEX enterprise_station_idx ON enterprise (station_code);

CREATE TABLE enterprise_liaison (
    id            uuid         PRIMARY KEY,
    enterprise_id uuid         NOT NULL REFERENCES enterprise (id),
    kind          varchar(16)  NOT NULL CHECK (kind IN ('MEETING', 'VISIT')),
    held_on       date         NOT NULL,
    summary       varchar(500) NOT NULL,
    demo          boolean      NOT NULL DEFAULT false,
    created_at    timestamptz  NOT NULL
);
CREATE INDEX enterprise_liaison_enterprise_idx ON enterprise_liaison (enterprise_id, held_on DESC);

CREATE TABLE enterprise_issue (
    id            uuid         PRIMARY KEY,
    enterprise_id uuid         NOT NULL REFERENCES enterprise (id),
    liaison_id    uuid         REFERENCES enterprise_liaison (id),
    raised_on     date         NOT NULL,
    description   varchar(500) NOT NULL,
    status        varchar(12)  NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'CLOSED')),
    closed_on     date,
    resolution    varchar(500),
    demo          boolean      NOT NULL DEFAULT false,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    version       integer      NOT NULL DEFAULT 0,
    CONSTRAINT enterprise_issue_closed CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
);
CREATE INDEX enterprise_issue_enterprise_idx ON enterprise_issue (enterprise_id, raised_on DESC);
CREATE INDEX enterprise_issue_open_idx ON enterprise_issue (status) WHERE status <> 'CLOSED';

CREATE TABLE enterprise_issue_follow_up (
    id         uuid         PRIMARY KEY,
    issue_id   uuid         NOT NULL REFERENCES enterprise_issue (id),
    on_date    date         NOT NULL,
    note       varchar(500) NOT NULL,
    actor      varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL
);
CREATE INDEX enterprise_issue_follow_up_issue_idx ON enterprise_issue_follow_up (issue_id, on_date);
