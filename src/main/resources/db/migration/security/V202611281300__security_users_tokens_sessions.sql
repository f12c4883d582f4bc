-- Users of Shouwang, their roles, their API tokens (only the SHA-256 of each token is kept) and the
-- UI sessions (Spring Session JDBC, so that every node is stateless).
CREATE TABLE app_user (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username             text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,32}$'),
    display_name         text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 64),
    password_hash        text        NOT NULL,
    scope_unit_code      text        NOT NULL CHECK (scope_unit_code ~ '^WB(|[0-9]{2}(-[A-Z0-9]{1,10})?|-[A-Z0-9]{2,10})$'),
    officer_badge        text        CHECK (officer_badge IS NULL OR length(officer_badge) BETWEEN 1 AND 32),
    enabled              boolean     NOT NULL DEFAULT true,
    must_change_password boolean     NOT NULL DEFAULT true,
    failed_attempts      integer     NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until         timestamptz,
    totp_secret          text,
    totp_last_step       bigint,
    last_login_at        timestamptz,
    password_changed_at  timestamptz NOT NULL DEFAULT now(),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    demo                 boolean     NOT NULL DEFAULT false
);

CREATE TABLE app_user_role (
    user_id bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    text   NOT NULL CHECK (role IN ('ADMIN', 'COMMANDER', 'DISPATCHER', 'OFFICER', 'INVESTIGATOR', 'INSPECTOR', 'ANALYST')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE api_token (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash text        NOT NULL UNIQUE,
    user_id    bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

-- Spring Session JDBC 4.0 (schema-postgresql.sql), created here because the application's role owns nothing.
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID            CHAR(36) NOT NULL,
    SESSION_ID            CHAR(36) NOT NULL,
    CREATION_TIME         BIGINT   NOT NULL,
    LAST_ACCESS_TIME      BIGINT   NOT NULL,
    MAX_INACTIVE_INTERVAL INT      NOT NULL,
    EXPIRY_TIME           BIGINT   NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    BYTEA        NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
);
