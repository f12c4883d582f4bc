-- Performance (绩效): the facts behind every counting indicator and their rollups, kept current from the owning
-- modules' IndicatorRecordChanged events and rebuilt from IndicatorSource.forEachFact. Nothing here is a source
-- of truth: every row can be recounted from the owning module's records (reconciliation proves it).
-- Missing station, grid or category are stored as '' so that the rollup keys are plain primary keys.

-- One row per record and indicator: a record counts once, however often it is edited.
CREATE TABLE indicator_fact (
    indicator_code varchar(64) NOT NULL,
    record_type    varchar(40) NOT NULL,
    record_id      uuid        NOT NULL,
    record_number  varchar(64),
    day            date        NOT NULL,
    station_code   varchar(32) NOT NULL DEFAULT '',
    grid_code      varchar(32) NOT NULL DEFAULT '',
    category       varchar(64) NOT NULL DEFAULT '',
    weight         bigint      NOT NULL,
    PRIMARY KEY (indicator_code, record_type, record_id)
);
CREATE INDEX indicator_fact_record_idx ON indicator_fact (record_type, record_id);

-- Finest rollup: indicator × day × station × grid × category (breakdowns by grid and category).
CREATE TABLE indicator_rollup (
    indicator_code varchar(64) NOT NULL,
    day            date        NOT NULL,
    station_code   varchar(32) NOT NULL,
    grid_code      varchar(32) NOT NULL,
    category       varchar(64) NOT NULL,
    value          bigint      NOT NULL,
    records        bigint      NOT NULL,
    PRIMARY KEY (indicator_code, day, station_code, grid_code, category)
);

-- Coarser rollups that answer periods at once: per day and station, per month and station.
CREATE TABLE indicator_rollup_day (
    indicator_code varchar(64) NOT NULL,
    day            date        NOT NULL,
    station_code   varchar(32) NOT NULL,
    value          bigint      NOT NULL,
    records        bigint      NOT NULL,
    PRIMARY KEY (indicator_code, day, station_code)
);

CREATE TABLE indicator_rollup_month (
    indicator_code varchar(64) NOT NULL,
    month          date        NOT NULL CHECK (extract(day FROM month) = 1),
    station_code   varchar(32) NOT NULL,
    value          bigint      NOT NULL,
    records        bigint      NOT NULL,
    PRIMARY KEY (indicator_code, month, station_code)
);

-- When each indicator's facts were last rebuilt from its source, and from which version of its definition.
CREATE TABLE indicator_build (
    indicator_code varchar(64) PRIMARY KEY,
    version        integer     NOT NULL,
    built_at       timestamptz NOT NULL,
    facts          bigint      NOT NULL,
    millis         bigint      NOT NULL
);

-- Reconciliation runs: every counting indicator recounted from its source and compared with the rollups.
CREATE TABLE indicator_reconciliation (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at  timestamptz  NOT NULL,
    finished_at timestamptz  NOT NULL,
    actor       varchar(200) NOT NULL,
    trigger     varchar(16)  NOT NULL CHECK (trigger IN ('SCHEDULE', 'ON_DEMAND', 'REPAIR')),
    indicators  integer      NOT NULL,
    facts       bigint       NOT NULL,
    differences integer      NOT NULL,
    details     text         NOT NULL,
    repaired_at timestamptz,
    repaired_by varchar(200)
);
CREATE INDEX indicator_reconciliation_started_idx ON indicator_reconciliation (started_at DESC);

-- Rebuilds asked for by bulk imports (IndicatorRecordsImported), taken by one rebuild at a time: several imports
-- committed together (the demo's two years) cost one rebuild, and a request survives a crash.
CREATE TABLE indicator_rebuild_request (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_type  varchar(40) NOT NULL,
    records      integer     NOT NULL,
    requested_at timestamptz NOT NULL
);
