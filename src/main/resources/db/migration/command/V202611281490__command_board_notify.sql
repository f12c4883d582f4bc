-- Live board: every change the board shows is announced on channel shouwang_board by a trigger, in the
-- changing transaction (NOTIFY is delivered on commit, so nothing uncommitted or rolled back is announced).
-- The payload is a trigger only: {"kind": "incident"|"unit", "id": ..., "version": ...}; listeners reload
-- the current state from the tables.

CREATE FUNCTION board_notify_incident() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('shouwang_board',
        json_build_object('kind', 'incident', 'id', NEW.id, 'version', NEW.version)::text);
    RETURN NULL;
END $$;

CREATE FUNCTION board_notify_unit() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('shouwang_board',
        json_build_object('kind', 'unit', 'id', NEW.unit_id::text, 'version', NEW.version)::text);
    RETURN NULL;
END $$;

-- A new incident, or a change of what the board shows: status, priority, category, place, timer ends.
CREATE TRIGGER incident_board_insert AFTER INSERT ON incident
    FOR EACH ROW EXECUTE FUNCTION board_notify_incident();

CREATE TRIGGER incident_board_update AFTER UPDATE ON incident
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status
       OR OLD.priority IS DISTINCT FROM NEW.priority
       OR OLD.category IS DISTINCT FROM NEW.category
       OR OLD.subtype IS DISTINCT FROM NEW.subtype
       OR OLD.lat IS DISTINCT FROM NEW.lat
       OR OLD.lng IS DISTINCT FROM NEW.lng
       OR OLD.first_dispatched_at IS DISTINCT FROM NEW.first_dispatched_at
       OR OLD.on_scene_at IS DISTINCT FROM NEW.on_scene_at)
    EXECUTE FUNCTION board_notify_incident();

-- A unit's new live state, or a change of its status, incident or position.
CREATE TRIGGER unit_state_board_insert AFTER INSERT ON unit_state
    FOR EACH ROW EXECUTE FUNCTION board_notify_unit();

CREATE TRIGGER unit_state_board_update AFTER UPDATE ON unit_state
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status
       OR OLD.incident_id IS DISTINCT FROM NEW.incident_id
       OR OLD.lat IS DISTINCT FROM NEW.lat
       OR OLD.lng IS DISTINCT FROM NEW.lng)
    EXECUTE FUNCTION board_notify_unit();
