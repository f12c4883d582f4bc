-- The duplicate search of a new incident (same category, reported within the window, inside a box around
-- the point, still open) read every open incident of the window through incident_open_idx and then the
-- (lat, lng) index: 2.5-4.7 ms per intake when a burst leaves thousands of open incidents in the last ten
-- minutes (BENCHMARKS.md). With category and time leading and the coordinates in the index, the box is
-- checked on the index entries and only the few matches are read: 0.65 ms on the same data.
CREATE INDEX incident_open_duplicate_idx ON incident (category, reported_at, lat, lng)
    WHERE status NOT IN ('CLEARED', 'MERGED');
