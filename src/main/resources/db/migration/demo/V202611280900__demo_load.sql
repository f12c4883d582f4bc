-- Records that the demo district has been loaded into this database (once).
CREATE TABLE demo_load (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seed      bigint      NOT NULL,
    loaded_at timestamptz NOT NULL
);
