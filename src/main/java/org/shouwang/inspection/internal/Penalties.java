package org.shouwang.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shouwang.inspection.PenaltyKind;
import org.shouwang.inspection.PenaltyView;
import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code inspection_penalty} table, read within a data scope. */
@Repository
public class Penalties {

	private static final String SELECT = """
			SELECT x.*, p.name AS premises_name FROM inspection_penalty x JOIN inspection_premises p ON p.id = x.premises_id
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Penalties(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public void insert(List<Penalty> penalties) {
		List<Object[]> rows = new ArrayList<>();
		for (Penalty p : penalties) {
			rows.add(new Object[] { p.id(), p.number(), p.premisesId(), p.inspectionId(), p.kind().name(), p.amount(),
					p.suspensionFrom(), p.suspensionTo(), p.legalBasis(), p.caseNumber(), p.decidedOn(), p.stationCode(),
					p.gridCode(), p.demo() });
		}
		template.batchUpdate("""
				INSERT INTO inspection_penalty (id, number, premises_id, inspection_id, kind, amount, suspension_from,
				    suspension_to, legal_basis, case_number, decided_on, station_code, grid_code, demo)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows,
				new int[] { Types.OTHER, Types.VARCHAR, Types.OTHER, Types.OTHER, Types.VARCHAR, Types.NUMERIC, Types.DATE,
						Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN });
	}

	public List<PenaltyView> ofPremises(UUID premisesId) {
		return jdbc.sql(SELECT + " WHERE x.premises_id = ? ORDER BY x.decided_on DESC, x.number DESC")
			.param(premisesId)
			.query(Penalties::row)
			.list();
	}

	public Page<PenaltyView> list(PenaltyKind kind, LocalDate from, LocalDate to, DataScope scope, int page, int size) {
		List<String> where = new ArrayList<>(List.of(scope.sqlCondition("p.station_code")));
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		if (kind != null) {
			where.add("x.kind = :kind");
			params.put("kind", kind.name());
		}
		if (from != null) {
			where.add("x.decided_on >= :from");
			params.put("from", from);
		}
		if (to != null) {
			where.add("x.decided_on <= :to");
			params.put("to", to);
		}
		String condition = " WHERE " + String.join(" AND ", where);
		long total = jdbc.sql("SELECT count(*) FROM inspection_penalty x JOIN inspection_premises p ON p.id = x.premises_id"
				+ condition).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		return new Page<>(jdbc.sql(SELECT + condition + " ORDER BY x.decided_on DESC, x.number DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query(Penalties::row)
			.list(), page, size, total);
	}

	static PenaltyView row(ResultSet rs, int n) throws SQLException {
		return new PenaltyView(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("premises_id", UUID.class),
				rs.getString("premises_name"), rs.getObject("inspection_id", UUID.class), PenaltyKind.valueOf(rs.getString("kind")),
				rs.getBigDecimal("amount"), rs.getObject("suspension_from", LocalDate.class),
				rs.getObject("suspension_to", LocalDate.class), rs.getString("legal_basis"), rs.getString("case_number"),
				rs.getObject("decided_on", LocalDate.class), rs.getString("station_code"));
	}
}
