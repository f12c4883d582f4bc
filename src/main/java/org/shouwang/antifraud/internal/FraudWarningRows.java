package org.shouwang.antifraud.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shouwang.antifraud.ChecklistItem;
import org.shouwang.antifraud.ContactMethod;
import org.shouwang.antifraud.FraudType;
import org.shouwang.antifraud.FraudWarning;
import org.shouwang.antifraud.RiskLevel;
import org.shouwang.antifraud.WarningChannel;
import org.shouwang.antifraud.WarningFilter;
import org.shouwang.antifraud.WarningOutcome;
import org.shouwang.antifraud.WarningStatus;
import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code fraud_warning} table: the orders, read and written by this module only. */
@Repository
public class FraudWarningRows {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String COLUMNS = """
			id, number, channel, source_code, external_id, victim_phone, victim_address, lat, lng, grid_code,
			station_code, risk_level, fraud_type, suspicious_contact, summary, received_at, contact_deadline,
			visit_deadline, status, contact_method, contacted_at, visited_at, checklist, outcome, closed_at,
			loss_avoided, loss_amount, urgent_stop_account, outcome_note, escalated_at, escalation_reason, demo, version""";

	/** An open order that has missed a deadline at :now (the same rule as {@link FraudWarning#missedDeadline}). */
	static final String OVERDUE = "(status = 'NEW' AND contact_deadline < :now OR status IN ('NEW', 'CONTACTED') AND visit_deadline < :now)";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	FraudWarningRows(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A new order number: YJ, the year of reception (Asia/Shanghai), six digits of a sequence. */
	public String nextNumber(Instant receivedAt) {
		long n = jdbc.sql("SELECT nextval('fraud_warning_number_seq')").query(Long.class).single();
		return number(receivedAt, n);
	}

	public static String number(Instant receivedAt, long sequence) {
		return "YJ" + receivedAt.atZone(ZONE).getYear() + String.format("%06d", sequence % 1_000_000);
	}

	/** The next {@code count} sequence values, for a bulk import. */
	public List<Long> nextNumbers(int count) {
		return jdbc.sql("SELECT nextval('fraud_warning_number_seq') FROM generate_series(1, ?)").param(count)
			.query(Long.class).list();
	}

	/** The insert: 38 parameters, the checklist (the 23rd) as comma-separated text. */
	private static final String INSERT = "INSERT INTO fraud_warning (" + COLUMNS
			+ ", idempotency_key, request_hash, contacted_in_time, created_at, updated_at) VALUES (" + "?, ".repeat(22)
			+ "string_to_array(?, ','), " + "?, ".repeat(14) + "?)";

	public void insert(FraudWarning w, String idempotencyKey, String requestHash, Instant now) {
		template.update(INSERT, args(w, idempotencyKey, requestHash, now));
	}

	/** The columns of a bulk insert with their array types, in {@link #args} order (the first 33 and contacted_in_time). */
	private static final String[][] BULK = { { "id", "uuid" }, { "number", "text" }, { "channel", "text" },
			{ "source_code", "text" }, { "external_id", "text" }, { "victim_phone", "text" }, { "victim_address", "text" },
			{ "lat", "float8" }, { "lng", "float8" }, { "grid_code", "text" }, { "station_code", "text" },
			{ "risk_level", "text" }, { "fraud_type", "text" }, { "suspicious_contact", "text" }, { "summary", "text" },
			{ "received_at", "timestamptz" }, { "contact_deadline", "timestamptz" }, { "visit_deadline", "timestamptz" },
			{ "status", "text" }, { "contact_method", "text" }, { "contacted_at", "timestamptz" },
			{ "visited_at", "timestamptz" }, { "checklist", "text" }, { "outcome", "text" }, { "closed_at", "timestamptz" },
			{ "loss_avoided", "int8" }, { "loss_amount", "int8" }, { "urgent_stop_account", "text" },
			{ "outcome_note", "text" }, { "escalated_at", "timestamptz" }, { "escalation_reason", "text" },
			{ "demo", "bool" }, { "version", "int4" }, { "contacted_in_time", "bool" } };

	private static final String BULK_INSERT = "INSERT INTO fraud_warning (" + COLUMNS
			+ ", contacted_in_time, created_at, updated_at) SELECT "
			+ java.util.Arrays.stream(BULK).map(c -> c[0].equals("checklist") ? "string_to_array(checklist, ',')" : c[0])
				.collect(Collectors.joining(", "))
			+ ", ?::timestamptz, ?::timestamptz FROM unnest(" + java.util.Arrays.stream(BULK).map(c -> "?::" + c[1] + "[]").collect(Collectors.joining(", "))
			+ ") AS t(" + java.util.Arrays.stream(BULK).map(c -> c[0]).collect(Collectors.joining(", ")) + ")";

	/** Many orders in one multi-row insert from column arrays (bulk import); no idempotency keys. */
	public void insertAll(List<FraudWarning> warnings, Instant now) {
		int n = warnings.size();
		// every column as text (timestamps as ISO instants), cast by the statement to its column's type
		String[][] columns = new String[BULK.length][n];
		for (int r = 0; r < n; r++) {
			Object[] a = args(warnings.get(r), null, null, now);
			for (int c = 0; c < 33; c++) {
				columns[c][r] = text(a[c]);
			}
			columns[33][r] = text(a[35]);
		}
		template.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) con -> {
			try (java.sql.PreparedStatement ps = con.prepareStatement(BULK_INSERT)) {
				// created_at and updated_at come first in the statement's text, then the column arrays
				ps.setTimestamp(1, Timestamp.from(now));
				ps.setTimestamp(2, Timestamp.from(now));
				for (int c = 0; c < BULK.length; c++) {
					ps.setArray(c + 3, con.createArrayOf("text", columns[c]));
				}
				return ps.executeUpdate();
			}
		});
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof Timestamp t ? t.toInstant().toString() : value.toString();
	}

	private static Object[] args(FraudWarning w, String idempotencyKey, String requestHash, Instant now) {
		Timestamp at = Timestamp.from(now);
		return new Object[] { w.id(), w.number(), w.channel().name(), w.sourceCode(), w.externalId(), w.victimPhone(),
				w.victimAddress(), w.lat(), w.lng(), w.gridCode(), w.stationCode(), w.riskLevel().name(),
				w.fraudType().name(), w.suspiciousContact(), w.summary(), ts(w.receivedAt()), ts(w.contactDeadline()),
				ts(w.visitDeadline()), w.status().name(), name(w.contactMethod()), ts(w.contactedAt()),
				ts(w.visitedAt()), checklist(w.checklist()), name(w.outcome()), ts(w.closedAt()), w.lossAvoided(),
				w.lossAmount(), w.urgentStopAccount(), w.outcomeNote(), ts(w.escalatedAt()), w.escalationReason(),
				w.demo(), w.version(), idempotencyKey, requestHash, w.contactedInTime(), at, at };
	}

	/** Writes the changed state; false when another writer changed the order first (version mismatch). */
	public boolean update(FraudWarning w, Instant now) {
		return jdbc.sql("""
				UPDATE fraud_warning SET status = :status, contact_method = :contactMethod, contacted_at = :contactedAt,
				  contacted_in_time = :inTime, visited_at = :visitedAt, checklist = string_to_array(:checklist, ','),
				  outcome = :outcome, closed_at = :closedAt, loss_avoided = :lossAvoided, loss_amount = :lossAmount,
				  urgent_stop_account = :account, outcome_note = :note, escalated_at = :escalatedAt,
				  escalation_reason = :reason, updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", w.status().name())
			.param("contactMethod", name(w.contactMethod()))
			.param("contactedAt", ts(w.contactedAt()))
			.param("inTime", w.contactedInTime())
			.param("visitedAt", ts(w.visitedAt()))
			.param("checklist", w.checklist().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
			.param("outcome", name(w.outcome()))
			.param("closedAt", ts(w.closedAt()))
			.param("lossAvoided", w.lossAvoided())
			.param("lossAmount", w.lossAmount())
			.param("account", w.urgentStopAccount())
			.param("note", w.outcomeNote())
			.param("escalatedAt", ts(w.escalatedAt()))
			.param("reason", w.escalationReason())
			.param("now", Timestamp.from(now))
			.param("id", w.id())
			.param("version", w.version())
			.update() == 1;
	}

	public Optional<FraudWarning> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM fraud_warning WHERE id = ?").param(id).query(FraudWarningRows::map)
			.optional();
	}

	/** Locks the row for a change (other writers wait) and reads it. */
	public Optional<FraudWarning> lock(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM fraud_warning WHERE id = ? FOR UPDATE").param(id)
			.query(FraudWarningRows::map).optional();
	}

	public Optional<FraudWarning> findByExternalId(String sourceCode, String externalId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM fraud_warning WHERE source_code = ? AND external_id = ?")
			.params(sourceCode, externalId).query(FraudWarningRows::map).optional();
	}

	/** Whether an order with this centre number exists (from any channel). */
	public boolean exists(String externalId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM fraud_warning WHERE external_id = ?)").param(externalId)
			.query(Boolean.class).single();
	}

	/** The order created with an Idempotency-Key, with the hash of its request. */
	public Optional<KeyedWarning> findByIdempotencyKey(String key) {
		return jdbc.sql("SELECT id, request_hash FROM fraud_warning WHERE idempotency_key = ?").param(key)
			.query((rs, n) -> new KeyedWarning(rs.getObject("id", UUID.class), rs.getString("request_hash"))).optional();
	}

	public record KeyedWarning(UUID id, String requestHash) {
	}

	/** Serialises the creations of one key or one external id (transaction-scoped advisory lock). */
	public void lockKey(String key) {
		jdbc.sql("SELECT pg_advisory_xact_lock(4601, hashtext(?))").param(key).query((rs, n) -> 1).list();
	}

	/** A page of orders within the scope, most urgent first when only open ones are asked for, else newest first. */
	public Page<FraudWarning> page(WarningFilter filter, DataScope scope, Instant now, int page, int size) {
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		String where = where(filter, scope, now, params);
		long total = jdbc.sql("SELECT count(*) FROM fraud_warning WHERE " + where).params(params).query(Long.class).single();
		String order = Boolean.TRUE.equals(filter.open())
				? "CASE WHEN status = 'NEW' THEN contact_deadline ELSE visit_deadline END, received_at"
				: "received_at DESC, number DESC";
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<FraudWarning> items = jdbc.sql("SELECT " + COLUMNS + " FROM fraud_warning WHERE " + where + " ORDER BY "
				+ order + " LIMIT :limit OFFSET :offset").params(params).query(FraudWarningRows::map).list();
		return new Page<>(items, page, size, total);
	}

	private static String where(WarningFilter f, DataScope scope, Instant now, Map<String, Object> params) {
		List<String> and = new ArrayList<>();
		and.add(scope.sqlCondition("station_code"));
		if (f.status() != null) {
			and.add("status = :status");
			params.put("status", f.status().name());
		}
		if (f.riskLevel() != null) {
			and.add("risk_level = :risk");
			params.put("risk", f.riskLevel().name());
		}
		if (f.outcome() != null) {
			and.add("outcome = :outcome");
			params.put("outcome", f.outcome().name());
		}
		if (f.stationCode() != null && !f.stationCode().isBlank()) {
			if (f.stationCode().equals("DUTY_DESK")) {
				and.add("station_code IS NULL");
			}
			else {
				and.add("station_code = :station");
				params.put("station", f.stationCode());
			}
		}
		if (f.open() != null) {
			and.add(f.open() ? "status <> 'CLOSED'" : "status = 'CLOSED'");
		}
		if (f.overdue() != null) {
			and.add(f.overdue() ? OVERDUE : "NOT " + OVERDUE);
			params.put("now", Timestamp.from(now));
		}
		if (f.from() != null) {
			and.add("received_at >= :from");
			params.put("from", Timestamp.from(f.from().atStartOfDay(ZONE).toInstant()));
		}
		if (f.to() != null) {
			and.add("received_at < :to");
			params.put("to", Timestamp.from(f.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
		}
		if (f.q() != null && !f.q().isBlank()) {
			and.add("(number = :q OR external_id = :q)");
			params.put("q", f.q().strip());
		}
		return String.join(" AND ", and);
	}

	/** Open orders that missed a deadline not yet escalated, oldest deadline first. */
	public List<UUID> toEscalate(Instant now, int limit) {
		return jdbc.sql("SELECT id FROM fraud_warning WHERE status IN ('NEW', 'CONTACTED') AND ("
				+ "status = 'NEW' AND contact_deadline < :now AND visit_deadline >= :now AND escalation_reason IS NULL"
				+ " OR visit_deadline < :now AND escalation_reason IS DISTINCT FROM 'VISIT') ORDER BY contact_deadline LIMIT :limit")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/** Counts of open orders by station code (null: duty desk), within the scope, and how many of them are overdue. */
	public List<QueueCount> queueCounts(DataScope scope, Instant now) {
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		params.put("now", Timestamp.from(now));
		return jdbc.sql("SELECT station_code, count(*) AS open, count(*) FILTER (WHERE " + OVERDUE + ") AS overdue"
				+ " FROM fraud_warning WHERE status <> 'CLOSED' AND " + scope.sqlCondition("station_code")
				+ " GROUP BY station_code ORDER BY station_code NULLS FIRST")
			.params(params)
			.query((rs, n) -> new QueueCount(rs.getString("station_code"), rs.getLong("open"), rs.getLong("overdue")))
			.list();
	}

	public record QueueCount(String stationCode, long open, long overdue) {
	}

	// ---- indicators

	/** One row behind an indicator figure. */
	public record FactRow(UUID id, String number, LocalDate date, String stationCode, String gridCode, String category,
			long weight) {
	}

	/**
	 * The rows of an indicator's figure from {@code from} up to (not including) {@code to}, within a station (null: all), paged when {@code limit} is
	 * given. {@code dateColumn} and {@code condition} come from the indicator definitions, never from input.
	 */
	public List<FactRow> facts(String dateColumn, String condition, String weight, LocalDate from, LocalDate to,
			String stationCode, Integer limit, long offset) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", Timestamp.from(from.atStartOfDay(ZONE).toInstant()));
		params.put("to", Timestamp.from(to.atStartOfDay(ZONE).toInstant()));
		String station = "";
		if (stationCode != null) {
			station = " AND station_code = :station";
			params.put("station", stationCode);
		}
		String page = "";
		if (limit != null) {
			page = " ORDER BY " + dateColumn + " DESC, number DESC LIMIT :limit OFFSET :offset";
			params.put("limit", limit);
			params.put("offset", offset);
		}
		return jdbc.sql("SELECT id, number, (" + dateColumn + " AT TIME ZONE 'Asia/Shanghai')::date AS day, station_code,"
				+ " grid_code, fraud_type, " + weight + " AS weight FROM fraud_warning WHERE " + condition + " AND "
				+ dateColumn + " >= :from AND " + dateColumn + " < :to" + station + page)
			.params(params)
			.query((rs, n) -> new FactRow(rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getObject("day", LocalDate.class), rs.getString("station_code"), rs.getString("grid_code"),
					rs.getString("fraud_type"), rs.getLong("weight")))
			.list();
	}

	/** How many rows {@link #facts} would give. */
	public long countFacts(String dateColumn, String condition, LocalDate from, LocalDate to, String stationCode) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", Timestamp.from(from.atStartOfDay(ZONE).toInstant()));
		params.put("to", Timestamp.from(to.atStartOfDay(ZONE).toInstant()));
		String station = "";
		if (stationCode != null) {
			station = " AND station_code = :station";
			params.put("station", stationCode);
		}
		return jdbc.sql("SELECT count(*) FROM fraud_warning WHERE " + condition + " AND " + dateColumn + " >= :from AND "
				+ dateColumn + " < :to" + station).params(params).query(Long.class).single();
	}

	// ---- mapping

	static FraudWarning map(ResultSet rs, int row) throws SQLException {
		return new FraudWarning(rs.getObject("id", UUID.class), rs.getString("number"),
				WarningChannel.valueOf(rs.getString("channel")), rs.getString("source_code"), rs.getString("external_id"),
				rs.getString("victim_phone"), rs.getString("victim_address"), (Double) rs.getObject("lat"),
				(Double) rs.getObject("lng"), rs.getString("grid_code"), rs.getString("station_code"),
				RiskLevel.valueOf(rs.getString("risk_level")), FraudType.valueOf(rs.getString("fraud_type")),
				rs.getString("suspicious_contact"), rs.getString("summary"), instant(rs, "received_at"),
				instant(rs, "contact_deadline"), instant(rs, "visit_deadline"), WarningStatus.valueOf(rs.getString("status")),
				rs.getString("contact_method") == null ? null : ContactMethod.valueOf(rs.getString("contact_method")),
				instant(rs, "contacted_at"), instant(rs, "visited_at"), checklist(rs.getArray("checklist")),
				rs.getString("outcome") == null ? null : WarningOutcome.valueOf(rs.getString("outcome")),
				instant(rs, "closed_at"), (Long) rs.getObject("loss_avoided"), (Long) rs.getObject("loss_amount"),
				rs.getString("urgent_stop_account"), rs.getString("outcome_note"), instant(rs, "escalated_at"),
				rs.getString("escalation_reason"), rs.getBoolean("demo"), rs.getInt("version"));
	}

	private static Set<ChecklistItem> checklist(Array array) throws SQLException {
		Set<ChecklistItem> items = EnumSet.noneOf(ChecklistItem.class);
		if (array != null) {
			Arrays.stream((String[]) array.getArray()).map(ChecklistItem::valueOf).forEach(items::add);
		}
		return items;
	}

	private static String checklist(Set<ChecklistItem> items) {
		return items.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}
}
