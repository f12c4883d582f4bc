package org.shouwang.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shouwang.platform.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and their roles in {@code app_user} / {@code app_user_role}. */
@Repository
class UserRepository {

	private static final String COLUMNS = """
			u.id, u.username, u.display_name, u.password_hash, u.scope_unit_code, u.officer_badge, u.enabled,
			u.must_change_password, u.failed_attempts, u.locked_until, u.totp_secret, u.totp_last_step,
			u.last_login_at, u.created_at, u.updated_at, u.demo,
			(SELECT string_agg(r.role, ',') FROM app_user_role r WHERE r.user_id = u.id) AS roles""";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserRow> find(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user u WHERE u.username = ?")
			.param(username)
			.query(UserRepository::row)
			.optional();
	}

	/** Reads and locks the user's row until the end of the transaction: sign-ins of one user run one at a time. */
	Optional<UserRow> lock(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user u WHERE u.username = ? FOR UPDATE OF u")
			.param(username)
			.query(UserRepository::row)
			.optional();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
	}

	Page<UserView> page(UserFilter filter, DataScope scope, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new HashMap<>();
		if (filter.query() != null && !filter.query().isBlank()) {
			where.append(" AND (u.username ILIKE :q OR u.display_name ILIKE :q OR u.officer_badge ILIKE :q)");
			params.put("q", "%" + filter.query().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.role() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = :role)");
			params.put("role", filter.role().name());
		}
		if (filter.scope() != null && !filter.scope().isBlank()) {
			where.append(" AND u.scope_unit_code LIKE :scope");
			params.put("scope", filter.scope().strip().replace("%", "").replace("_", "\\_") + "%");
		}
		if (filter.enabled() != null) {
			where.append(" AND u.enabled = :enabled");
			params.put("enabled", filter.enabled());
		}
		scope.station().ifPresent(station -> {
			where.append(" AND left(u.scope_unit_code, 4) = :station");
			params.put("station", station);
		});
		long total = jdbc.sql("SELECT count(*) FROM app_user u" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<UserRow> rows = jdbc.sql("SELECT " + COLUMNS + " FROM app_user u" + where
				+ " ORDER BY u.username LIMIT :limit OFFSET :offset").params(params).query(UserRepository::row).list();
		Instant now = Instant.now();
		return new Page<>(rows.stream().map(r -> r.view(now)).toList(), page, size, total);
	}

	long insert(String username, String displayName, String passwordHash, String scope, String badge,
			boolean mustChange, boolean demo, Set<Role> roles) {
		long id = jdbc.sql("""
				INSERT INTO app_user (username, display_name, password_hash, scope_unit_code, officer_badge,
				                      must_change_password, demo)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(username, displayName, passwordHash, scope, badge, mustChange, demo)
			.query(Long.class)
			.single();
		replaceRoles(id, roles);
		return id;
	}

	void update(long id, String displayName, String scope, String badge, Set<Role> roles) {
		jdbc.sql("""
				UPDATE app_user SET display_name = ?, scope_unit_code = ?, officer_badge = ?, updated_at = now()
				WHERE id = ?""").params(displayName, scope, badge, id).update();
		replaceRoles(id, roles);
	}

	void setEnabled(long id, boolean enabled) {
		jdbc.sql("UPDATE app_user SET enabled = ?, updated_at = now() WHERE id = ?").params(enabled, id).update();
	}

	void setPassword(long id, String hash, boolean mustChange) {
		jdbc.sql("""
				UPDATE app_user SET password_hash = ?, must_change_password = ?, password_changed_at = now(),
				       updated_at = now() WHERE id = ?""").params(hash, mustChange, id).update();
	}

	void setTotp(long id, String secret, Long lastStep) {
		jdbc.sql("UPDATE app_user SET totp_secret = ?, totp_last_step = ?, updated_at = now() WHERE id = ?")
			.params(secret, lastStep, id)
			.update();
	}

	void setTotpLastStep(long id, long step) {
		jdbc.sql("UPDATE app_user SET totp_last_step = ? WHERE id = ?").params(step, id).update();
	}

	void recordFailures(long id, int failedAttempts, Instant lockedUntil) {
		jdbc.sql("UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE id = ?")
			.params(failedAttempts, lockedUntil == null ? null : Timestamp.from(lockedUntil), id)
			.update();
	}

	void recordSignIn(long id) {
		jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL, last_login_at = now() WHERE id = ?")
			.param(id)
			.update();
	}

	private void replaceRoles(long id, Set<Role> roles) {
		jdbc.sql("DELETE FROM app_user_role WHERE user_id = ?").param(id).update();
		for (Role role : roles) {
			jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)").params(id, role.name()).update();
		}
	}

	static UserRow row(ResultSet rs, int rowNum) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		String csv = rs.getString("roles");
		if (csv != null) {
			for (String name : csv.split(",")) {
				roles.add(Role.valueOf(name));
			}
		}
		long lastStep = rs.getLong("totp_last_step");
		Long totpLastStep = rs.wasNull() ? null : lastStep;
		return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), rs.getString("scope_unit_code"), rs.getString("officer_badge"),
				rs.getBoolean("enabled"), rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
				instant(rs, "locked_until"), rs.getString("totp_secret"), totpLastStep, instant(rs, "last_login_at"),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getBoolean("demo"), roles);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}
}
