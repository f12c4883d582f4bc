package org.shouwang.prevention.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shouwang.command.IncidentCategory;
import org.shouwang.platform.Page;
import org.shouwang.prevention.HotspotAnalysisView;
import org.shouwang.prevention.HotspotCell;
import org.shouwang.prevention.HotspotRequest;
import org.shouwang.security.DataScope;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code prevention_hotspot_analysis} table: parameters and bins of each analysis as JSON. An analysis belongs to
 * the scope it was run in: a station sees its own, the branch sees all.
 */
@Repository
public class HotspotAnalyses {

	private static final TypeReference<List<HotspotCell>> CELLS = new TypeReference<>() {
	};

	/** The stored parameters. */
	record Parameters(Set<IncidentCategory> categories, LocalDate from, LocalDate to, int resolution, int rings,
			int permutations, long incidents) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	HotspotAnalyses(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public String nextNumber() {
		return "RD%06d".formatted(jdbc.sql("SELECT nextval('prevention_number_seq')").query(Long.class).single());
	}

	public HotspotAnalysisView insert(String number, String scopeUnit, HotspotRequest r, long incidents,
			List<HotspotCell> cells, String user) {
		UUID id = UUID.randomUUID();
		int hot = (int) cells.stream().filter(c -> c.bin() > 0).count();
		int cold = (int) cells.stream().filter(c -> c.bin() < 0).count();
		Parameters parameters = new Parameters(r.categories(), r.from(), r.to(), r.resolution(), r.rings(), r.permutations(),
				incidents);
		Instant created = jdbc.sql("""
				INSERT INTO prevention_hotspot_analysis (id, number, scope_unit, parameters, result, hot_bins, cold_bins, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING created_at""")
			.params(id, number, scopeUnit, json.writeValueAsString(parameters), json.writeValueAsString(cells), hot, cold, user)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.single();
		return view(id, number, scopeUnit, parameters, cells, hot, cold, user, created);
	}

	public Optional<HotspotAnalysisView> find(UUID id, DataScope scope) {
		return jdbc.sql("SELECT * FROM prevention_hotspot_analysis WHERE id = :id AND " + condition(scope))
			.param("id", id)
			.params(scope.sqlParameters())
			.query((rs, n) -> map(rs, true))
			.optional();
	}

	public Page<HotspotAnalysisView> list(DataScope scope, int page, int size) {
		long total = jdbc.sql("SELECT count(*) FROM prevention_hotspot_analysis WHERE " + condition(scope))
			.params(scope.sqlParameters())
			.query(Long.class)
			.single();
		List<HotspotAnalysisView> items = jdbc.sql("""
				SELECT id, number, scope_unit, parameters, '[]' AS result, hot_bins, cold_bins, created_by, created_at
				FROM prevention_hotspot_analysis WHERE """ + condition(scope)
				+ " ORDER BY created_at DESC, number DESC LIMIT :limit OFFSET :offset")
			.params(scope.sqlParameters())
			.param("limit", size)
			.param("offset", Page.offset(page, size))
			.query((rs, n) -> map(rs, false))
			.list();
		return new Page<>(items, page, size, total);
	}

	private static String condition(DataScope scope) {
		return scope.sqlCondition("substring(scope_unit from 1 for 4)");
	}

	private HotspotAnalysisView map(ResultSet rs, boolean withCells) throws SQLException {
		Parameters p = json.readValue(rs.getString("parameters"), Parameters.class);
		List<HotspotCell> cells = withCells ? json.readValue(rs.getString("result"), CELLS) : List.of();
		return view(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("scope_unit"), p, cells,
				rs.getInt("hot_bins"), rs.getInt("cold_bins"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

	private static HotspotAnalysisView view(UUID id, String number, String scopeUnit, Parameters p, List<HotspotCell> cells,
			int hot, int cold, String user, Instant created) {
		Set<IncidentCategory> categories = p.categories() == null || p.categories().isEmpty() ? Set.of()
				: EnumSet.copyOf(p.categories());
		return new HotspotAnalysisView(id, number, scopeUnit, categories, p.from(), p.to(), p.resolution(), p.rings(),
				p.permutations(), p.incidents(), hot, cold, cells, user, created);
	}
}
