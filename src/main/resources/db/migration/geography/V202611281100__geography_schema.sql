-- Geography: the district boundary, station jurisdictions, grids (网格) and places.
-- Polygons are stored as WKT (WGS84, x = longitude, y = latitude) with their bounding boxes;
-- there is no PostGIS, the in-memory JTS index answers spatial questions.

CREATE TABLE geo_district (
    id        smallint PRIMARY KEY CHECK (id = 1),
    name      text             NOT NULL,
    wkt       text             NOT NULL,
    min_lat   double precision NOT NULL,
    min_lng   double precision NOT NULL,
    max_lat   double precision NOT NULL,
    max_lng   double precision NOT NULL,
    demo      boolean          NOT NULL DEFAULT false
);

CREATE TABLE geo_jurisdiction (
    station_code varchar(32) PRIMARY KEY,
    station_name text             NOT NULL,
    area_type    varchar(16)      NOT NULL CHECK (area_type IN ('URBAN', 'SUBURBAN')),
    wkt          text             NOT NULL,
    min_lat      double precision NOT NULL,
    min_lng      double precision NOT NULL,
    max_lat      double precision NOT NULL,
    max_lng      double precision NOT NULL,
    area_m2      double precision NOT NULL,
    demo         boolean          NOT NULL DEFAULT false
);

CREATE TABLE geo_grid (
    code         varchar(32) PRIMARY KEY,
    name         text             NOT NULL,
    station_code varchar(32)      NOT NULL REFERENCES geo_jurisdiction (station_code),
    grid_type    varchar(16)      NOT NULL CHECK (grid_type IN ('URBAN', 'SUBURBAN')),
    wkt          text             NOT NULL,
    min_lat      double precision NOT NULL,
    min_lng      double precision NOT NULL,
    max_lat      double precision NOT NULL,
    max_lng      double precision NOT NULL,
    area_m2      double precision NOT NULL,
    active       boolean          NOT NULL DEFAULT true,
    demo         boolean          NOT NULL DEFAULT false
);
CREATE INDEX geo_grid_station_idx ON geo_grid (station_code);
CREATE INDEX geo_grid_bbox_idx ON geo_grid (min_lat, max_lat, min_lng, max_lng);

CREATE TABLE geo_place (
    id           uuid PRIMARY KEY,
    kind         varchar(16)      NOT NULL CHECK (kind IN ('KEY_PLACE', 'SCHOOL', 'KINDERGARTEN', 'HOSPITAL', 'BANK_OUTLET')),
    name         text             NOT NULL,
    address      text,
    lat          double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lng          double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
    grid_code    varchar(32),
    station_code varchar(32),
    demo         boolean          NOT NULL DEFAULT false
);
CREATE INDEX geo_place_kind_idx ON geo_place (kind);
CREATE INDEX geo_place_grid_idx ON geo_place (grid_code);
CREATE INDEX geo_place_latlng_idx ON geo_place (lat, lng);
