-- Annual summaries generated in the background for the report page: progress while it runs, then the outputs, for
-- the user who asked (on any node). Kept one day; figures are never read from here, only the finished documents.
CREATE TABLE report_job (
    id           uuid PRIMARY KEY,
    username     text        NOT NULL,
    year         integer     NOT NULL,
    station_code text,
    status       text        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    step         text        NOT NULL,
    progress     integer     NOT NULL CHECK (progress BETWEEN 0 AND 100),
    markdown     text,
    pdf          bytea,
    xlsx         bytea,
    error        text,
    created_at   timestamptz NOT NULL,
    finished_at  timestamptz
);
CREATE INDEX report_job_user_idx ON report_job (username, created_at DESC);
