-- The audit trail: one append-only, hash-chained table (see org.shouwang.audit.AuditHash for the hash).
-- Sequence numbers are assigned by the application under a transaction-scoped advisory lock, so they are
-- gap-free: a gap means a deleted entry.
CREATE TABLE audit_entry (
    seq            bigint      PRIMARY KEY CHECK (seq > 0),
    occurred_at    timestamptz NOT NULL,
    actor          text        NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
    source_address text        CHECK (length(source_address) <= 100),
    action         text        NOT NULL CHECK (action ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    object_type    text        CHECK (length(object_type) <= 100),
    object_id      text        CHECK (length(object_id) <= 200),
    outcome        text        NOT NULL CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED')),
    changes        text,
    prev_hash      text        NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    hash           text        NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);

CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, seq);
CREATE INDEX audit_entry_action_idx ON audit_entry (action, seq);
CREATE INDEX audit_entry_object_idx ON audit_entry (object_type, object_id);

COMMENT ON TABLE audit_entry IS 'Append-only, hash-chained audit trail. UPDATE, DELETE and TRUNCATE are refused by a trigger.';

-- Guard 1: the table refuses every UPDATE, DELETE and TRUNCATE, whoever asks. Only the table owner
-- (or a superuser) can disable the trigger; ENABLE ALWAYS keeps it firing under
-- session_replication_role = replica as well.
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Audit entries can only be added, never changed or removed.';
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

ALTER TABLE audit_entry ENABLE ALWAYS TRIGGER audit_entry_append_only;

-- Guard 2: the application's own role may only read and add entries. When the application runs as the
-- owner itself (local development before the roles are split) there is nothing to grant.
DO
$$
DECLARE
    app_role text := '${appRole}';
BEGIN
    IF app_role = current_user THEN
        RAISE NOTICE 'audit: application role % is the owner; no grants needed', app_role;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
        RAISE EXCEPTION 'audit: application role % does not exist', app_role;
    END IF;
    EXECUTE format('REVOKE ALL ON TABLE audit_entry FROM %I', app_role);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON TABLE audit_entry FROM %I', app_role);
    EXECUTE format('GRANT SELECT, INSERT ON TABLE audit_entry TO %I', app_role);
END;
$$;
