package org.shouwang.geography;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorDefinition;
import org.shouwang.platform.indicators.IndicatorDimension;
import org.shouwang.platform.indicators.IndicatorFact;
import org.shouwang.platform.indicators.IndicatorKind;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;
import org.shouwang.platform.indicators.IndicatorSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Geography's indicators, both snapshots of the map: GRIDS (active 3+N grids, version 1; the community module
 * defines version 2, grids with a full team) and KEY_PLACES (人员密集场所 registered as key places). The map keeps
 * no history of when a grid was activated or a place registered, so a snapshot at an earlier period's end is the
 * map as it stands now; the definitions say so.
 */
@Component
class GeographyIndicators implements IndicatorSource {

	static final String GRIDS = "GRIDS";

	static final String KEY_PLACES = "KEY_PLACES";

	private static final LocalDate DEFINED_ON = LocalDate.of(2026, 12, 4);

	private static final List<IndicatorDefinition> DEFINITIONS = List.of(
			new IndicatorDefinition(GRIDS, "\"3+N\"警务网格", "\"3+N\" policing grids", "个",
					"期末有效的警务网格数（地图不保存网格启停历史，往期按现状计）",
					"Active policing grids at the period's end (the map keeps no history of grid activation: earlier"
							+ " periods count the map as it stands)",
					1, DEFINED_ON, IndicatorKind.SNAPSHOT, "Grid", Set.of(IndicatorDimension.STATION), null, null),
			new IndicatorDefinition(KEY_PLACES, "人员密集场所", "Crowded key places", "处",
					"地图上登记为重点场所（定点值守+动态巡逻+视频巡查）的人员密集场所数（往期按现状计）",
					"Places registered on the map as key places (fixed guard, patrols and video checks); earlier periods"
							+ " count the map as it stands",
					1, DEFINED_ON, IndicatorKind.SNAPSHOT, "Place", Set.of(IndicatorDimension.STATION), null, null));

	private final JdbcClient jdbc;

	GeographyIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> recordTypes() {
		return List.of("Grid", "Place");
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return DEFINITIONS;
	}

	/** Snapshots have no facts: they are counted at the period's end. */
	@Override
	public List<IndicatorFact> factsOf(String recordType, UUID recordId) {
		return List.of();
	}

	@Override
	public void forEachFact(String indicatorCode, IndicatorPeriod period, Consumer<IndicatorFact> sink) {
		throw new UnsupportedOperationException(indicatorCode + " is a snapshot");
	}

	@Override
	public long snapshot(String indicatorCode, IndicatorPeriod period, String stationCode) {
		return jdbc.sql("SELECT count(*) FROM " + table(indicatorCode)
				+ " AND (CAST(? AS varchar) IS NULL OR station_code = ?)")
			.params(stationCode, stationCode)
			.query(Long.class)
			.single();
	}

	@Override
	public Page<IndicatorRecord> records(String indicatorCode, IndicatorPeriod period, String stationCode, int page,
			int size) {
		Page.check(page, size);
		String from = table(indicatorCode) + " AND (CAST(? AS varchar) IS NULL OR station_code = ?)";
		long total = jdbc.sql("SELECT count(*) FROM " + from).params(stationCode, stationCode).query(Long.class).single();
		LocalDate asOf = period.lastDay();
		List<IndicatorRecord> items = GRIDS.equals(indicatorCode)
				? jdbc.sql("SELECT code, name, station_code FROM " + from + " ORDER BY code LIMIT ? OFFSET ?")
					.params(stationCode, stationCode, size, Page.offset(page, size))
					.query((rs, n) -> new IndicatorRecord("Grid",
							UUID.nameUUIDFromBytes(("Grid:" + rs.getString("code")).getBytes(StandardCharsets.UTF_8)),
							rs.getString("code"), asOf, rs.getString("station_code"), rs.getString("name"), "/map"))
					.list()
				: jdbc.sql("SELECT id, name, station_code FROM " + from + " ORDER BY name, id LIMIT ? OFFSET ?")
					.params(stationCode, stationCode, size, Page.offset(page, size))
					.query((rs, n) -> new IndicatorRecord("Place", rs.getObject("id", UUID.class), null, asOf,
							rs.getString("station_code"), rs.getString("name"), "/map"))
					.list();
		return new Page<>(items, page, size, total);
	}

	private static String table(String indicatorCode) {
		return switch (indicatorCode) {
			case GRIDS -> "geo_grid WHERE active";
			case KEY_PLACES -> "geo_place WHERE kind = 'KEY_PLACE'";
			default -> throw new IllegalArgumentException("Not an indicator of geography: " + indicatorCode);
		};
	}
}
