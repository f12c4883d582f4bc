package org.shouwang.enterprise.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shouwang.enterprise.Enterprise;
import org.shouwang.enterprise.EnterpriseIssue;
import org.shouwang.enterprise.EnterpriseListItem;
import org.shouwang.enterprise.FollowUp;
import org.shouwang.enterprise.Liaison;
import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprise tables, read and written by this module only. */
@Repository
public class EnterpriseRows {

	private final JdbcClient jdbc;

	EnterpriseRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Enterprise e, Instant now) {
		jdbc.sql("INSERT INTO enterprise (id, name, kind, address, lat, lng, grid_code, station_code, leader_name, "
				+ "leader_title, police_post, active, demo, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(e.id(), e.name(), e.kind().name(), e.address(), e.lat(), e.lng(), e.gridCode(), e.stationCode(),
					e.leaderName(), e.leaderTitle(), e.policePost(), e.active(), e.demo(), Timestamp.from(now))
			.update();
	}

	public boolean nameTaken(String name) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enterprise WHERE name = ?)").param(name).query(Boolean.class).single();
	}

	public Optional<Enterprise> find(UUID id) {
		return jdbc.sql("SELECT * FROM enterprise WHERE id = ?").param(id).query(EnterpriseRows::enterprise).optional();
	}

	/** Enterprises within the scope, by name, with their count of open issues. */
	public Page<EnterpriseListItem> page(DataScope scope, Enterprise.Kind kind, String q, int page, int size) {
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		StringBuilder where = new StringBuilder(scope.sqlCondition("e.station_code"));
		if (kind != null) {
			where.append(" AND e.kind = :kind");
			params.put("kind", kind.name());
		}
		if (q != null && !q.isBlank()) {
			where.append(" AND e.name ILIKE :q");
			params.put("q", "%" + q.strip().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		long total = jdbc.sql("SELECT count(*) FROM enterprise e WHERE " + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<EnterpriseListItem> items = jdbc.sql("SELECT e.*, (SELECT count(*) FROM enterprise_issue i WHERE i.enterprise_id = e.id "
				+ "AND i.status <> 'CLOSED') AS open_issues, (SELECT max(held_on) FROM enterprise_liaison l "
				+ "WHERE l.enterprise_id = e.id) AS last_liaison FROM enterprise e WHERE " + where
				+ " ORDER BY e.name LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> new EnterpriseListItem(enterprise(rs, n), rs.getLong("open_issues"),
					rs.getObject("last_liaison", LocalDate.class)))
			.list();
		return new Page<>(items, page, size, total);
	}


	public void insert(Liaison l, Instant now) {
		jdbc.sql("INSERT INTO enterprise_liaison (id, enterprise_id, kind, held_on, summary, demo, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(l.id(), l.enterpriseId(), l.kind().name(), Date.valueOf(l.heldOn()), l.summary(), l.demo(),
					Timestamp.from(now))
			.update();
	}

	public Optional<Liaison> liaison(UUID id) {
		return jdbc.sql("SELECT * FROM enterprise_liaison WHERE id = ?").param(id).query(EnterpriseRows::liaison).optional();
	}

	public List<Liaison> liaisons(UUID enterpriseId) {
		return jdbc.sql("SELECT * FROM enterprise_liaison WHERE enterprise_id = ? ORDER BY held_on DESC, created_at DESC")
			.param(enterpriseId).query(EnterpriseRows::liaison).list();
	}

	public void insert(EnterpriseIssue i, Instant now) {
		jdbc.sql("INSERT INTO enterprise_issue (id, enterprise_id, liaison_id, raised_on, description, status, closed_on, "
				+ "resolution, demo, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(i.id(), i.enterpriseId(), i.liaisonId(), Date.valueOf(i.raisedOn()), i.description(), i.status().name(),
					i.closedOn() == null ? null : Date.valueOf(i.closedOn()), i.resolution(), i.demo(), Timestamp.from(now),
					Timestamp.from(now))
			.update();
	}

	public boolean update(EnterpriseIssue i, Instant now) {
		return jdbc.sql("UPDATE enterprise_issue SET status = ?, closed_on = ?, resolution = ?, updated_at = ?, "
				+ "version = version + 1 WHERE id = ? AND version = ?")
			.params(i.status().name(), i.closedOn() == null ? null : Date.valueOf(i.closedOn()), i.resolution(),
					Timestamp.from(now), i.id(), i.version())
			.update() == 1;
	}

	public Optional<EnterpriseIssue> issue(UUID id) {
		return jdbc.sql("SELECT * FROM enterprise_issue WHERE id = ?").param(id).query(EnterpriseRows::issue).optional();
	}

	public List<EnterpriseIssue> issues(UUID enterpriseId) {
		return jdbc.sql("SELECT * FROM enterprise_issue WHERE enterprise_id = ? ORDER BY (status = 'CLOSED'), raised_on DESC")
			.param(enterpriseId).query(EnterpriseRows::issue).list();
	}

	public void insert(FollowUp f, Instant now) {
		jdbc.sql("INSERT INTO enterprise_issue_follow_up (id, issue_id, on_date, note, actor, created_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(f.id(), f.issueId(), Date.valueOf(f.on()), f.note(), f.actor(), Timestamp.from(now))
			.update();
	}

	public List<FollowUp> followUps(UUID issueId) {
		return jdbc.sql("SELECT * FROM enterprise_issue_follow_up WHERE issue_id = ? ORDER BY on_date, created_at")
			.param(issueId)
			.query((rs, n) -> new FollowUp(rs.getObject("id", UUID.class), rs.getObject("issue_id", UUID.class),
					rs.getObject("on_date", LocalDate.class), rs.getString("note"), rs.getString("actor")))
			.list();
	}

	static Enterprise enterprise(ResultSet rs, int n) throws SQLException {
		return new Enterprise(rs.getObject("id", UUID.class), rs.getString("name"),
				Enterprise.Kind.valueOf(rs.getString("kind")), rs.getString("address"), (Double) rs.getObject("lat"),
				(Double) rs.getObject("lng"), rs.getString("grid_code"), rs.getString("station_code"),
				rs.getString("leader_name"), rs.getString("leader_title"), rs.getBoolean("police_post"),
				rs.getBoolean("active"), rs.getBoolean("demo"));
	}

	static Liaison liaison(ResultSet rs, int n) throws SQLException {
		return new Liaison(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
				Liaison.Kind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class), rs.getString("summary"),
				rs.getBoolean("demo"));
	}

	static EnterpriseIssue issue(ResultSet rs, int n) throws SQLException {
		return new EnterpriseIssue(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
				rs.getObject("liaison_id", UUID.class), rs.getObject("raised_on", LocalDate.class), rs.getString("description"),
				EnterpriseIssue.Status.valueOf(rs.getString("status")), rs.getObject("closed_on", LocalDate.class),
				rs.getString("resolution"), rs.getBoolean("demo"), rs.getInt("version"));
	}
}
