-- 队伍建设: study sessions, cultural and sports events (with family members), welfare visits to officers'
-- families and the difficulties raised and resolved. Officers' personal data kept minimal: a visit names the
-- officer by badge number only, and notes are short and about the help, not the family.

CREATE TABLE workforce_study_session (
    id          uuid         PRIMARY KEY,
    unit_code   varchar(32)  NOT NULL,
    station_code varchar(8),
    kind        varchar(24)  NOT NULL,
    topic       varchar(200) NOT NULL,
    held_on     date         NOT NULL,
    attendance  integer      NOT NULL CHECK (attendance BETWEEN 1 AND 5000),
    demo        boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL
);
CREATE INDEX workforce_study_session_held_idx ON workforce_study_session (held_on DESC);

CREATE TABLE workforce_cultural_event (
    id                   uuid         PRIMARY KEY,
    unit_code            varchar(32)  NOT NULL,
    station_code         varchar(8),
    kind                 varchar(24)  NOT NULL,
    title                varchar(200) NOT NULL,
    held_on              date         NOT NULL,
    officer_participants integer      NOT NULL CHECK (officer_participants BETWEEN 0 AND 5000),
    family_participants  integer      NOT NULL CHECK (family_participants BETWEEN 0 AND 5000),
    demo                 boolean      NOT NULL DEFAULT false,
    created_at           timestamptz  NOT NULL,
    CONSTRAINT workforce_cultural_event_participants CHECK (officer_participants + family_participants > 0)
);
CREATE INDEX workforce_cultural_event_held_idx ON workforce_cultural_event (held_on DESC);

CREATE TABLE workforce_welfare_visit (
    id           uuid         PRIMARY KEY,
    unit_code    varchar(32)  NOT NULL,
    station_code varchar(8),
    occasion     varchar(24)  NOT NULL,
    visited_on   date         NOT NULL,
    officer_badge char(6)     CHECK (officer_badge ~ '^[0-9]{6}$'),
    note         varchar(200),
    demo         boolean      NOT NULL DEFAULT false,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX workforce_welfare_visit_on_idx ON workforce_welfare_visit (visited_on DESC);

CREATE TABLE workforce_difficulty (
    id           uuid         PRIMARY KEY,
    visit_id     uuid         REFERENCES workforce_welfare_visit (id),
    unit_code    varchar(32)  NOT NULL,
    station_code varchar(8),
    category     varchar(24)  NOT NULL,
    description  varchar(300) NOT NULL,
    raised_on    date         NOT NULL,
    status       varchar(12)  NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
    resolved_on  date,
    resolution   varchar(300),
    demo         boolean      NOT NULL DEFAULT false,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    version      integer      NOT NULL DEFAULT 0,
    CONSTRAINT workforce_difficulty_resolved CHECK ((status = 'RESOLVED') = (resolved_on IS NOT NULL)),
    CONSTRAINT workforce_difficulty_order CHECK (resolved_on IS NULL OR resolved_on >= raised_on)
);
CREATE INDEX workforce_difficulty_resolved_idx ON workforce_difficulty (resolved_on DESC);
