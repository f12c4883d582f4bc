package org.shouwang.inspection.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorDefinition;
import org.shouwang.platform.indicators.IndicatorFact;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One COUNT or SUM indicator counted in SQL over this module's tables: the defining date, station, grid,
 * category and weight as expressions over {@code from}, and the condition that makes a row count.
 */
record SqlFacts(IndicatorDefinition definition, String from, String id, String number, String date, String station,
		String grid, String category, String weight, String condition, String label, String href) {

	private String select() {
		return "SELECT " + id + " AS id, " + number + " AS number, " + date + " AS date, " + station + " AS station, "
				+ grid + " AS grid, " + category + " AS category, " + weight + " AS weight, " + label + " AS label FROM "
				+ from + " WHERE " + condition;
	}

	List<IndicatorFact> factsOf(JdbcClient jdbc, UUID recordId) {
		return jdbc.sql(select() + " AND " + id + " = :id").param("id", recordId).query((rs, n) -> fact(rs)).list();
	}

	void forEach(JdbcClient jdbc, IndicatorPeriod period, Consumer<IndicatorFact> sink) {
		jdbc.sql(select() + " AND " + date + " >= :from AND " + date + " < :to")
			.param("from", period.from())
			.param("to", period.to())
			.query(rs -> {
				sink.accept(fact(rs));
			});
	}

	Page<IndicatorRecord> records(JdbcClient jdbc, IndicatorPeriod period, String stationCode, int page, int size) {
		String where = " AND " + date + " >= :from AND " + date + " < :to"
				+ (stationCode == null ? "" : " AND " + station + " = :station");
		long total = jdbc.sql("SELECT count(*) FROM (" + select() + where + ") x")
			.param("from", period.from())
			.param("to", period.to())
			.param("station", stationCode == null ? "" : stationCode)
			.query(Long.class)
			.single();
		List<IndicatorRecord> items = jdbc.sql(select() + where + " ORDER BY 3 DESC, 2 DESC LIMIT :limit OFFSET :offset")
			.param("from", period.from())
			.param("to", period.to())
			.param("station", stationCode == null ? "" : stationCode)
			.param("limit", size)
			.param("offset", Page.offset(page, size))
			.query((rs, n) -> new IndicatorRecord(definition.recordType(), rs.getObject("id", UUID.class),
					rs.getString("number"), rs.getObject("date", LocalDate.class), rs.getString("station"),
					rs.getString("label"), href == null ? null : href.replace("{id}", rs.getString("id"))))
			.list();
		return new Page<>(items, page, size, total);
	}

	private IndicatorFact fact(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new IndicatorFact(definition.code(), definition.recordType(), rs.getObject("id", UUID.class),
				rs.getString("number"), rs.getObject("date", LocalDate.class), rs.getString("station"), rs.getString("grid"),
				rs.getString("category"), rs.getLong("weight"));
	}
}
