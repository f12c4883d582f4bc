package org.shouwang.prevention.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shouwang.command.IncidentCategory;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.Page;
import org.shouwang.prevention.RemediationStatus;
import org.shouwang.prevention.RemediationView;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The remediation projects and their deployments, read within a data scope. */
@Repository
public class RemediationProjects {

	private final JdbcClient jdbc;

	RemediationProjects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String nextNumber() {
		return "ZZ%06d".formatted(jdbc.sql("SELECT nextval('prevention_number_seq')").query(Long.class).single());
	}

	public Optional<RemediationProject> find(UUID id, DataScope scope) {
		return jdbc.sql("SELECT * FROM prevention_remediation_project WHERE id = :id AND " + scope.sqlCondition("station_code"))
			.param("id", id)
			.params(scope.sqlParameters())
			.query(RemediationProjects::map)
			.optional();
	}

	public Page<RemediationProject> list(RemediationStatus status, DataScope scope, int page, int size) {
		String where = " WHERE " + scope.sqlCondition("station_code") + (status == null ? "" : " AND status = :status");
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		params.put("status", status == null ? "" : status.name());
		long total = jdbc.sql("SELECT count(*) FROM prevention_remediation_project" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		return new Page<>(jdbc.sql("SELECT * FROM prevention_remediation_project" + where
				+ " ORDER BY opened_on DESC, number DESC LIMIT :limit OFFSET :offset").params(params).query(RemediationProjects::map).list(),
				page, size, total);
	}

	public void insert(RemediationProject p) {
		jdbc.sql("""
				INSERT INTO prevention_remediation_project (id, number, name, analysis_id, cells, categories, station_code,
				    grid_code, lat, lng, measures, opened_on, deadline, status, demo)
				VALUES (:id, :number, :name, :analysis, :cells, :categories, :station, :grid, :lat, :lng, :measures, :opened,
				    :deadline, :status, :demo)""")
			.param("id", p.id())
			.param("number", p.number())
			.param("name", p.name())
			.param("analysis", p.analysisId())
			.param("cells", p.cells().toArray(String[]::new))
			.param("categories", p.categories().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("station", p.stationCode())
			.param("grid", p.gridCode())
			.param("lat", p.lat())
			.param("lng", p.lng())
			.param("measures", p.measures())
			.param("opened", p.openedOn())
			.param("deadline", p.deadline())
			.param("status", p.status().name())
			.param("demo", p.demo())
			.update();
	}

	public void update(RemediationProject p) {
		int updated = jdbc.sql("""
				UPDATE prevention_remediation_project SET status = :status, before_from = :bf, before_to = :bt,
				    after_from = :af, after_to = :at, before_count = :bc, after_count = :ac, p_value = :p,
				    evaluated_on = :evaluated, closed_on = :closed, closing_note = :note, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", p.status().name())
			.param("bf", p.beforeFrom())
			.param("bt", p.beforeTo())
			.param("af", p.afterFrom())
			.param("at", p.afterTo())
			.param("bc", p.beforeCount())
			.param("ac", p.afterCount())
			.param("p", p.pValue())
			.param("evaluated", p.evaluatedOn())
			.param("closed", p.closedOn())
			.param("note", p.closingNote())
			.param("id", p.id())
			.param("version", p.version())
			.update();
		if (updated != 1) {
			throw new ConflictException("The project was changed meanwhile; reload and try again");
		}
	}

	public void insert(List<RemediationProject.Deployment> deployments) {
		for (RemediationProject.Deployment d : deployments) {
			jdbc.sql("""
					INSERT INTO prevention_remediation_deployment (id, project_id, deployed_on, officers, note, station_code,
					    grid_code, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(d.id(), d.projectId(), d.deployedOn(), d.officers(), d.note(), d.stationCode(), d.gridCode(), d.demo())
				.update();
		}
	}

	public List<RemediationView.Deployment> deployments(UUID projectId) {
		return jdbc.sql("SELECT * FROM prevention_remediation_deployment WHERE project_id = ? ORDER BY deployed_on, created_at")
			.param(projectId)
			.query((rs, n) -> new RemediationView.Deployment(rs.getObject("id", UUID.class),
					rs.getObject("deployed_on", LocalDate.class), rs.getInt("officers"), rs.getString("note")))
			.list();
	}

	static RemediationProject map(ResultSet rs, int n) throws SQLException {
		List<String> cells = Arrays.asList((String[]) rs.getArray("cells").getArray());
		List<IncidentCategory> categories = new ArrayList<>();
		for (String c : (String[]) rs.getArray("categories").getArray()) {
			categories.add(IncidentCategory.valueOf(c));
		}
		Set<IncidentCategory> set = categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories);
		return new RemediationProject(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("name"),
				rs.getObject("analysis_id", UUID.class), cells, set, rs.getString("station_code"), rs.getString("grid_code"),
				rs.getDouble("lat"), rs.getDouble("lng"), rs.getString("measures"), rs.getObject("opened_on", LocalDate.class),
				rs.getObject("deadline", LocalDate.class), RemediationStatus.valueOf(rs.getString("status")),
				rs.getObject("before_from", LocalDate.class), rs.getObject("before_to", LocalDate.class),
				rs.getObject("after_from", LocalDate.class), rs.getObject("after_to", LocalDate.class),
				(Integer) rs.getObject("before_count"), (Integer) rs.getObject("after_count"),
				(Double) rs.getObject("p_value"), rs.getObject("evaluated_on", LocalDate.class),
				rs.getObject("closed_on", LocalDate.class), rs.getString("closing_note"), rs.getBoolean("demo"),
				rs.getLong("version"));
	}
}
