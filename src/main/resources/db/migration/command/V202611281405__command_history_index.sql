-- Location history (premise history) and duplicate checks look incidents up by a box around a point.
CREATE INDEX incident_lat_lng_idx ON incident (lat, lng);
