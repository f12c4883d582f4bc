-- Appending to the chain in one round trip. The writer used to take the advisory lock, read the head and
-- insert each entry as separate statements, all inside the section that every writing transaction passes
-- one at a time (the lock is held until commit). This function does the same work in one call: it takes
-- the lock, reads the head (a fresh snapshot: each statement of a volatile function gets one under READ
-- COMMITTED), computes each entry's hash exactly as org.shouwang.audit.AuditHash does and inserts it.
-- The Java verifier recomputes every hash, so the two definitions are checked against each other.

CREATE FUNCTION audit_hash_field(value text) RETURNS text
    LANGUAGE sql IMMUTABLE AS
$$
SELECT '|' || CASE WHEN value IS NULL THEN '~' ELSE octet_length(value)::text || ':' || value END
$$;

CREATE FUNCTION audit_append(lock_key bigint, entries jsonb) RETURNS bigint
    LANGUAGE plpgsql AS
$$
DECLARE
    head_seq  bigint;
    head_hash text;
    e         jsonb;
    at        timestamptz;
    next_hash text;
BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    SELECT seq, hash INTO head_seq, head_hash FROM audit_entry ORDER BY seq DESC LIMIT 1;
    IF head_seq IS NULL THEN
        head_seq := 0;
        head_hash := repeat('0', 64);
    END IF;
    FOR i IN 0 .. jsonb_array_length(entries) - 1 LOOP
        e := entries -> i;
        at := (e ->> 'occurredAt')::timestamptz;
        head_seq := head_seq + 1;
        next_hash := encode(sha256(convert_to('shouwang-audit-v1'
            || audit_hash_field(head_seq::text)
            || audit_hash_field(to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
            || audit_hash_field(e ->> 'actor')
            || audit_hash_field(e ->> 'sourceAddress')
            || audit_hash_field(e ->> 'action')
            || audit_hash_field(e ->> 'objectType')
            || audit_hash_field(e ->> 'objectId')
            || audit_hash_field(e ->> 'outcome')
            || audit_hash_field(e ->> 'changes')
            || audit_hash_field(head_hash), 'UTF8')), 'hex');
        INSERT INTO audit_entry (seq, occurred_at, actor, source_address, action, object_type, object_id, outcome,
                                 changes, prev_hash, hash)
        VALUES (head_seq, at, e ->> 'actor', e ->> 'sourceAddress', e ->> 'action', e ->> 'objectType',
                e ->> 'objectId', e ->> 'outcome', e ->> 'changes', head_hash, next_hash);
        head_hash := next_hash;
    END LOOP;
    RETURN head_seq;
END;
$$;
