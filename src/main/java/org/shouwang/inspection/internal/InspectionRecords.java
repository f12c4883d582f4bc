package org.shouwang.inspection.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shouwang.inspection.FindingView;
import org.shouwang.inspection.InspectionFilter;
import org.shouwang.inspection.InspectionKind;
import org.shouwang.inspection.InspectionResult;
import org.shouwang.inspection.InspectionView;
import org.shouwang.inspection.PremisesType;
import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code inspection} and {@code inspection_finding} tables, read within a data scope. */
@Repository
public class InspectionRecords {

	private static final String SELECT = """
			SELECT i.*, p.name AS premises_name, p.type AS premises_type
			FROM inspection i JOIN inspection_premises p ON p.id = i.premises_id
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	InspectionRecords(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public void insert(List<Inspection> inspections) {
		template.batchUpdate("""
				INSERT INTO inspection (id, number, premises_id, kind, inspected_on, inspectors, parts_checked, result, advice,
				    station_code, grid_code, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inspections, 500,
				(ps, i) -> {
					ps.setObject(1, i.id());
					ps.setString(2, i.number());
					ps.setObject(3, i.premisesId());
					ps.setString(4, i.kind().name());
					ps.setObject(5, i.inspectedOn());
					ps.setArray(6, ps.getConnection().createArrayOf("text", i.inspectors().toArray()));
					ps.setString(7, i.partsChecked());
					ps.setString(8, i.result().name());
					ps.setString(9, i.advice());
					ps.setString(10, i.stationCode());
					ps.setString(11, i.gridCode());
					ps.setBoolean(12, i.demo());
				});
		List<Object[]> findings = new ArrayList<>();
		for (Inspection i : inspections) {
			for (Inspection.Finding f : i.findings()) {
				findings.add(new Object[] { f.id(), i.id(), f.seq(), f.description(), f.deadline(), f.hazardId(), f.rectifiedOn() });
			}
		}
		if (!findings.isEmpty()) {
			template.batchUpdate("""
					INSERT INTO inspection_finding (id, inspection_id, seq, description, deadline, hazard_id, rectified_on)
					VALUES (?, ?, ?, ?, ?, ?, ?)""", findings,
					new int[] { Types.OTHER, Types.OTHER, Types.INTEGER, Types.VARCHAR, Types.DATE, Types.OTHER, Types.DATE });
		}
	}

	public Optional<InspectionView> find(UUID id, DataScope scope) {
		return jdbc.sql(SELECT + " WHERE i.id = :id AND " + scope.sqlCondition("p.station_code"))
			.param("id", id)
			.params(scope.sqlParameters())
			.query(InspectionRecords::row)
			.optional()
			.map(v -> withFindings(List.of(v)).get(0));
	}

	public List<InspectionView> ofPremises(UUID premisesId) {
		return withFindings(jdbc.sql(SELECT + " WHERE i.premises_id = ? ORDER BY i.inspected_on DESC, i.number DESC")
			.param(premisesId)
			.query(InspectionRecords::row)
			.list());
	}

	public List<UUID> idsOfPremises(UUID premisesId) {
		return jdbc.sql("SELECT id FROM inspection WHERE premises_id = ?").param(premisesId).query(UUID.class).list();
	}

	public Page<InspectionView> list(InspectionFilter filter, DataScope scope, int page, int size) {
		List<String> where = new ArrayList<>(List.of(scope.sqlCondition("p.station_code")));
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		if (filter.type() != null) {
			where.add("p.type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.kind() != null) {
			where.add("i.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.result() != null) {
			where.add("i.result = :result");
			params.put("result", filter.result().name());
		}
		if (filter.stationCode() != null && !filter.stationCode().isBlank()) {
			where.add("p.station_code = :station");
			params.put("station", filter.stationCode().strip());
		}
		if (filter.from() != null) {
			where.add("i.inspected_on >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("i.inspected_on <= :to");
			params.put("to", filter.to());
		}
		String condition = " WHERE " + String.join(" AND ", where);
		long total = jdbc.sql("SELECT count(*) FROM inspection i JOIN inspection_premises p ON p.id = i.premises_id"
				+ condition).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<InspectionView> items = jdbc.sql(SELECT + condition + " ORDER BY i.inspected_on DESC, i.number DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query(InspectionRecords::row)
			.list();
		return new Page<>(withFindings(items), page, size, total);
	}

	/** Links a finding to the hazard the hazards module opened for it. */
	public void linkHazard(UUID findingId, UUID hazardId) {
		jdbc.sql("UPDATE inspection_finding SET hazard_id = ? WHERE id = ?").params(hazardId, findingId).update();
	}

	/** Marks the finding of a hazard rectified on a day (or not, with null); returns the finding's id if any. */
	public Optional<UUID> rectified(UUID hazardId, LocalDate on) {
		return jdbc.sql("UPDATE inspection_finding SET rectified_on = ? WHERE hazard_id = ? RETURNING id")
			.params(on, hazardId)
			.query(UUID.class)
			.optional();
	}

	private List<InspectionView> withFindings(List<InspectionView> views) {
		if (views.isEmpty()) {
			return views;
		}
		Map<UUID, List<FindingView>> findings = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM inspection_finding WHERE inspection_id IN (:ids) ORDER BY inspection_id, seq")
			.param("ids", views.stream().map(InspectionView::id).toList())
			.query(rs -> {
				findings.computeIfAbsent(rs.getObject("inspection_id", UUID.class), k -> new ArrayList<>())
					.add(new FindingView(rs.getObject("id", UUID.class), rs.getInt("seq"), rs.getString("description"),
							rs.getObject("deadline", LocalDate.class), rs.getObject("hazard_id", UUID.class),
							rs.getObject("rectified_on", LocalDate.class)));
			});
		return views.stream()
			.map(v -> new InspectionView(v.id(), v.number(), v.premisesId(), v.premisesName(), v.premisesType(), v.kind(),
					v.inspectedOn(), v.inspectors(), v.partsChecked(), v.result(), v.advice(), v.stationCode(),
					findings.getOrDefault(v.id(), List.of())))
			.toList();
	}

	static InspectionView row(ResultSet rs, int n) throws SQLException {
		Array inspectors = rs.getArray("inspectors");
		return new InspectionView(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("premises_id", UUID.class), rs.getString("premises_name"),
				PremisesType.valueOf(rs.getString("premises_type")), InspectionKind.valueOf(rs.getString("kind")),
				rs.getObject("inspected_on", LocalDate.class), Arrays.asList((String[]) inspectors.getArray()),
				rs.getString("parts_checked"), InspectionResult.valueOf(rs.getString("result")), rs.getString("advice"),
				rs.getString("station_code"), List.of());
	}
}
