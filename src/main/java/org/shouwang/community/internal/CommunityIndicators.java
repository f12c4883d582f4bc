package org.shouwang.community.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.shouwang.community.Disputes;
import org.shouwang.community.GridTeams;
import org.shouwang.community.Publicity;
import org.shouwang.community.Visits;
import org.shouwang.community.Volunteers;
import org.shouwang.geography.Grid;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * The community indicators, counted from the community tables: GRIDS (version 2: active grids with a full 3+N team at
 * the period's end), VOLUNTEER_TEAMS and VOLUNTEERS (at the period's end), HOUSEHOLD_VISITS, the mediation success rate
 * (DISPUTES_MEDIATED ÷ DISPUTES_CLOSED), disputes overdue at the period's end, and the publicity figures the anti-fraud
 * and campus work report (talks, leaflets, app registrations, campus events and their attendance).
 */
@Component
class CommunityIndicators implements IndicatorSource {

	static final LocalDate DEFINED_ON = LocalDate.of(2026, 12, 4);

	/** GRIDS version 1 is geography's count of active grids; this version counts those with a full team. */
	static final int GRIDS_VERSION = 2;

	private static final Set<IndicatorDimension> DIMENSIONS = Set.of(IndicatorDimension.STATION, IndicatorDimension.GRID,
			IndicatorDimension.CATEGORY, IndicatorDimension.MONTH, IndicatorDimension.WEEK, IndicatorDimension.DAY);

	private static final Set<IndicatorDimension> STATION_ONLY = Set.of(IndicatorDimension.STATION);

	/** How a counting indicator reads its records: table, defining date, condition, weight, number, category, label. */
	private record Spec(String recordType, String table, String date, String condition, String weight, String number,
			String category, String label, String href) {
	}

	private static final String PUBLICITY_LABEL = "place || ' · ' || format";

	private static final String CAMPUS = "audience = 'STUDENTS' AND format IN ('TALK', 'LECTURE', 'DRILL', 'COMPETITION')";

	private static final Map<String, Spec> SPECS = new LinkedHashMap<>();

	static {
		SPECS.put("HOUSEHOLD_VISITS", new Spec(Visits.RECORD_TYPE, "community_visit", "visited_on", "TRUE", "1",
				"'ZF-' || left(id::text, 8)", "purpose", "grid_code || ' · ' || premises || ' · ' || purpose",
				"'/community/visits/' || id"));
		SPECS.put("DISPUTES_MEDIATED", new Spec(Disputes.RECORD_TYPE, "community_dispute", "closed_on",
				"status = 'CLOSED' AND result = 'MEDIATED'", "1", "number", "kind", "grid_code || ' · ' || kind",
				"'/community/disputes/' || number"));
		SPECS.put("DISPUTES_CLOSED", new Spec(Disputes.RECORD_TYPE, "community_dispute", "closed_on", "status = 'CLOSED'",
				"1", "number", "kind", "grid_code || ' · ' || kind || ' · ' || result", "'/community/disputes/' || number"));
		SPECS.put("ANTIFRAUD_TALKS", new Spec(Publicity.RECORD_TYPE, "community_publicity", "held_on",
				"theme = 'ANTI_FRAUD' AND format IN ('TALK', 'LECTURE')", "1", "'XC-' || left(id::text, 8)", "format",
				PUBLICITY_LABEL, "'/community/publicity?theme=ANTI_FRAUD'"));
		SPECS.put("ANTIFRAUD_LEAFLETS", new Spec(Publicity.RECORD_TYPE, "community_publicity", "held_on",
				"theme = 'ANTI_FRAUD' AND leaflets > 0", "leaflets", "'XC-' || left(id::text, 8)", "format",
				PUBLICITY_LABEL, "'/community/publicity?theme=ANTI_FRAUD'"));
		SPECS.put("ANTIFRAUD_APP_REGISTRATIONS", new Spec(Publicity.RECORD_TYPE, "community_publicity", "held_on",
				"app_registrations > 0", "app_registrations", "'XC-' || left(id::text, 8)", "format", PUBLICITY_LABEL,
				"'/community/publicity'"));
		SPECS.put("CAMPUS_SAFETY_EVENTS", new Spec(Publicity.RECORD_TYPE, "community_publicity", "held_on", CAMPUS, "1",
				"'XC-' || left(id::text, 8)", "format", PUBLICITY_LABEL, "'/community/publicity?audience=STUDENTS'"));
		SPECS.put("CAMPUS_SAFETY_ATTENDANCE", new Spec(Publicity.RECORD_TYPE, "community_publicity", "held_on",
				CAMPUS + " AND attendance > 0", "attendance", "'XC-' || left(id::text, 8)", "format", PUBLICITY_LABEL,
				"'/community/publicity?audience=STUDENTS'"));
	}

	private final JdbcClient jdbc;

	private final GridTeams teams;

	CommunityIndicators(JdbcClient jdbc, GridTeams teams) {
		this.jdbc = jdbc;
		this.teams = teams;
	}

	@Override
	public List<String> recordTypes() {
		return List.of(Visits.RECORD_TYPE, Disputes.RECORD_TYPE, Publicity.RECORD_TYPE, GridTeams.TEAM_TYPE,
				Volunteers.TEAM_TYPE, Volunteers.VOLUNTEER_TYPE);
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return List.of(
				snapshot("GRIDS", "\"3+N\"警务网格", "3+N policing grids", "个",
						"期末在用且社区民警、辅警、网格员三类核心力量配齐的网格", "Active grids whose 3+N team has its community officer, "
								+ "auxiliary officer and grid worker at the period's last day",
						GRIDS_VERSION, GridTeams.TEAM_TYPE),
				snapshot("VOLUNTEER_TEAMS", "义警队伍", "Volunteer teams", "支", "期末在册（已成立、未撤销）的义警队伍",
						"Volunteer teams formed and not disbanded at the period's last day", 1, Volunteers.TEAM_TYPE),
				snapshot("VOLUNTEERS", "义警人数", "Volunteers", "人", "期末在册且已实名注册的义警队员",
						"Real-name registered volunteers who joined and had not left at the period's last day", 1,
						Volunteers.VOLUNTEER_TYPE),
				count("HOUSEHOLD_VISITS", "走访居民商户", "Households and shops visited", "户", "走访居民户、商户，按走访日期计",
						"Household and shop visits, by the day of the visit", Visits.RECORD_TYPE),
				count("DISPUTES_MEDIATED", "调解成功纠纷", "Disputes mediated", "起", "以调解成功办结的矛盾纠纷，按办结日期计",
						"Disputes closed as mediated, by the day closed", Disputes.RECORD_TYPE),
				count("DISPUTES_CLOSED", "办结纠纷", "Disputes closed", "起", "办结的矛盾纠纷（调解成功、不成功、移交），按办结日期计",
						"Disputes closed (mediated, failed or referred), by the day closed", Disputes.RECORD_TYPE),
				new IndicatorDefinition("MEDIATION_SUCCESS_RATE", "调解成功率", "Mediation success rate", "%",
						"调解成功办结纠纷 ÷ 办结纠纷", "Disputes closed as mediated ÷ disputes closed", 1, DEFINED_ON,
						IndicatorKind.RATIO, Disputes.RECORD_TYPE, DIMENSIONS, "DISPUTES_MEDIATED", "DISPUTES_CLOSED"),
				snapshot("DISPUTES_OVERDUE", "超期未办结纠纷", "Overdue disputes", "起", "期末仍未办结且已超过分级办理期限的纠纷",
						"Disputes not closed and past their tier's deadline at the period's last day", 1,
						Disputes.RECORD_TYPE),
				count("ANTIFRAUD_TALKS", "反诈宣讲", "Anti-fraud talks", "场", "反诈主题的宣讲、讲座，按举办日期计",
						"Anti-fraud talks and lectures, by the day held", Publicity.RECORD_TYPE),
				sum("ANTIFRAUD_LEAFLETS", "反诈宣传资料", "Anti-fraud leaflets handed out", "份", "反诈宣传活动发放的资料份数",
						"Leaflets and materials handed out at anti-fraud activities", Publicity.RECORD_TYPE),
				sum("ANTIFRAUD_APP_REGISTRATIONS", "引导注册反诈APP", "Anti-fraud app registrations", "人",
						"宣传活动中引导注册国家反诈中心APP的人数", "Anti-fraud app registrations guided at publicity activities",
						Publicity.RECORD_TYPE),
				count("CAMPUS_SAFETY_EVENTS", "校园讲座演练竞赛", "Campus safety events", "场", "面向学生的讲座、宣讲、演练、竞赛",
						"Talks, lectures, drills and competitions for students", Publicity.RECORD_TYPE),
				sum("CAMPUS_SAFETY_ATTENDANCE", "校园活动覆盖人次", "Campus safety attendance", "人次", "面向学生活动的参加人次",
						"Attendance of the campus safety events", Publicity.RECORD_TYPE));
	}

	private static IndicatorDefinition count(String code, String zh, String en, String unit, String defZh, String defEn,
			String type) {
		return IndicatorDefinition.count(code, zh, en, unit, defZh, defEn, 1, DEFINED_ON, type, DIMENSIONS);
	}

	private static IndicatorDefinition sum(String code, String zh, String en, String unit, String defZh, String defEn,
			String type) {
		return new IndicatorDefinition(code, zh, en, unit, defZh, defEn, 1, DEFINED_ON, IndicatorKind.SUM, type,
				DIMENSIONS, null, null);
	}

	private static IndicatorDefinition snapshot(String code, String zh, String en, String unit, String defZh,
			String defEn, int version, String type) {
		return new IndicatorDefinition(code, zh, en, unit, defZh, defEn, version, DEFINED_ON, IndicatorKind.SNAPSHOT,
				type, STATION_ONLY, null, null);
	}

	// ---- facts

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorFact> factsOf(String recordType, UUID recordId) {
		List<IndicatorFact> facts = new ArrayList<>();
		SPECS.forEach((code, spec) -> {
			if (spec.recordType().equals(recordType)) {
				query(code, spec, "id = :id AND " + spec.date() + " IS NOT NULL", Map.of("id", recordId), facts::add);
			}
		});
		return facts;
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachFact(String indicatorCode, IndicatorPeriod period, Consumer<IndicatorFact> sink) {
		Spec spec = spec(indicatorCode);
		query(indicatorCode, spec, spec.date() + " >= :from AND " + spec.date() + " < :to",
				Map.of("from", period.from(), "to", period.to()), sink);
	}

	private void query(String code, Spec spec, String where, Map<String, Object> params, Consumer<IndicatorFact> sink) {
		jdbc.sql("SELECT id, " + spec.number() + " AS number, " + spec.date() + " AS day, station_code, grid_code, "
				+ spec.category() + " AS category, " + spec.weight() + " AS weight FROM " + spec.table() + " WHERE "
				+ spec.condition() + " AND " + where)
			.params(params)
			.query((ResultSet rs) -> {
				sink.accept(new IndicatorFact(code, spec.recordType(), rs.getObject("id", UUID.class),
						rs.getString("number"), rs.getObject("day", LocalDate.class), rs.getString("station_code"),
						rs.getString("grid_code"), rs.getString("category"), rs.getLong("weight")));
			});
	}

	private static Spec spec(String code) {
		Spec spec = SPECS.get(code);
		if (spec == null) {
			throw new IllegalArgumentException("Not a counting indicator of community policing: " + code);
		}
		return spec;
	}

	// ---- snapshots

	private static final String TEAMS_AT = "formed_on <= :day AND (disbanded_on IS NULL OR disbanded_on > :day)";

	private static final String VOLUNTEERS_AT = """
			v.real_name_verified AND v.joined_on <= :day AND (v.left_on IS NULL OR v.left_on > :day)
			AND t.formed_on <= :day AND (t.disbanded_on IS NULL OR t.disbanded_on > :day)\s""";

	private static final String DISPUTES_OVERDUE_AT = "received_on <= :day AND deadline < :day AND (closed_on IS NULL OR closed_on > :day)";

	@Override
	@Transactional(readOnly = true)
	public long snapshot(String indicatorCode, IndicatorPeriod period, String stationCode) {
		LocalDate day = period.lastDay();
		Map<String, Object> params = params(day, stationCode);
		String station = stationCode == null ? "" : " AND station_code = :station";
		return switch (indicatorCode) {
			case "GRIDS" -> teams.fullOn(day, stationCode).size();
			case "VOLUNTEER_TEAMS" -> jdbc.sql("SELECT count(*) FROM community_volunteer_team WHERE " + TEAMS_AT + station)
				.params(params).query(Long.class).single();
			case "VOLUNTEERS" -> jdbc.sql("SELECT count(*) FROM community_volunteer v JOIN community_volunteer_team t ON "
					+ "t.id = v.team_id WHERE " + VOLUNTEERS_AT + (stationCode == null ? "" : " AND v.station_code = :station"))
				.params(params).query(Long.class).single();
			case "DISPUTES_OVERDUE" -> jdbc.sql("SELECT count(*) FROM community_dispute WHERE " + DISPUTES_OVERDUE_AT + station)
				.params(params).query(Long.class).single();
			default -> throw new UnsupportedOperationException(indicatorCode + " is not a snapshot of this source");
		};
	}

	private static Map<String, Object> params(LocalDate day, String stationCode) {
		Map<String, Object> params = new HashMap<>();
		params.put("day", day);
		if (stationCode != null) {
			params.put("station", stationCode);
		}
		return params;
	}

	// ---- records

	@Override
	@Transactional(readOnly = true)
	public Page<IndicatorRecord> records(String indicatorCode, IndicatorPeriod period, String stationCode, int page,
			int size) {
		Page.check(page, size);
		LocalDate day = period.lastDay();
		if (indicatorCode.equals("GRIDS")) {
			List<Grid> full = teams.fullOn(day, stationCode);
			int from = (int) Math.min(full.size(), Page.offset(page, size));
			return new Page<>(full.subList(from, Math.min(full.size(), from + size))
				.stream()
				.map(g -> new IndicatorRecord(GridTeams.TEAM_TYPE, GridTeams.teamId(g.code()), g.code(), day,
						g.stationCode(), g.name(), "/community/teams/" + g.code()))
				.toList(), page, size, full.size());
		}
		String station = stationCode == null ? "" : " AND station_code = :station";
		Map<String, Object> params = params(day, stationCode);
		return switch (indicatorCode) {
			case "VOLUNTEER_TEAMS" -> page("SELECT id, code AS number, formed_on AS day, station_code, name AS label, "
					+ "'/community/volunteers/' || code AS href FROM community_volunteer_team WHERE " + TEAMS_AT + station,
					"number", params, Volunteers.TEAM_TYPE, page, size);
			case "VOLUNTEERS" -> page("SELECT v.id, t.code || '/' || left(v.id::text, 8) AS number, v.joined_on AS day, "
					+ "v.station_code, t.name AS label, '/community/volunteers/' || t.code AS href "
					+ "FROM community_volunteer v JOIN community_volunteer_team t ON t.id = v.team_id WHERE " + VOLUNTEERS_AT
					+ (stationCode == null ? "" : " AND v.station_code = :station"), "number", params,
					Volunteers.VOLUNTEER_TYPE, page, size);
			case "DISPUTES_OVERDUE" -> page("SELECT id, number, received_on AS day, station_code, grid_code || ' · ' || kind "
					+ "AS label, '/community/disputes/' || number AS href FROM community_dispute WHERE " + DISPUTES_OVERDUE_AT
					+ station, "day DESC, number", params, Disputes.RECORD_TYPE, page, size);
			case "MEDIATION_SUCCESS_RATE" -> records("DISPUTES_MEDIATED", period, stationCode, page, size);
			default -> {
				Spec spec = spec(indicatorCode);
				Map<String, Object> p = new HashMap<>(params);
				p.put("from", period.from());
				p.put("to", period.to());
				yield page("SELECT id, " + spec.number() + " AS number, " + spec.date() + " AS day, station_code, "
						+ spec.label() + " AS label, " + spec.href() + " AS href FROM " + spec.table() + " WHERE "
						+ spec.condition() + " AND " + spec.date() + " >= :from AND " + spec.date() + " < :to" + station,
						"day DESC, number DESC", p, spec.recordType(), page, size);
			}
		};
	}

	private Page<IndicatorRecord> page(String select, String order, Map<String, Object> params, String type, int page,
			int size) {
		long total = jdbc.sql("SELECT count(*) FROM (" + select + ") r").params(params).query(Long.class).single();
		Map<String, Object> p = new HashMap<>(params);
		p.put("limit", size);
		p.put("offset", Page.offset(page, size));
		List<IndicatorRecord> items = jdbc.sql("SELECT * FROM (" + select + ") r ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset").params(p).query((rs, n) -> record(rs, type)).list();
		return new Page<>(items, page, size, total);
	}

	private static IndicatorRecord record(ResultSet rs, String type) throws SQLException {
		return new IndicatorRecord(type, rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("day", LocalDate.class), rs.getString("station_code"), rs.getString("label"),
				rs.getString("href"));
	}
}
