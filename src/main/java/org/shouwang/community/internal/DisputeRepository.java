package org.shouwang.community.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.shouwang.community.DisputeFilter;
import org.shouwang.community.DisputeKind;
import org.shouwang.community.DisputeResult;
import org.shouwang.community.DisputeStatus;
import org.shouwang.community.DisputeTier;
import org.shouwang.community.MediationSession;
import org.shouwang.community.Party;
import org.shouwang.community.Satisfaction;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dispute tables: loading and saving the aggregate, scoped lists, numbers, bulk writes and counting. */
@Repository
public class DisputeRepository {

	private static final String COLUMNS = """
			id, number, station_code, grid_code, kind, tier, summary, received_on, deadline, status, assigned_to,
			assigned_on, result, referred_to, result_note, closed_on, follow_up_on, satisfaction, follow_up_note,
			visit_id, version\s""";

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	DisputeRepository(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	public Optional<DisputeRecord> find(String idOrNumber, DataScope scope) {
		UUID id = CommunitySupport.parseUuid(idOrNumber);
		List<DisputeRecord> found = query((id != null ? "id = :key" : "number = :key") + " AND "
				+ scope.sqlCondition("station_code"), params(scope, "key", id != null ? id : idOrNumber), "number", 1, 0);
		return found.stream().findFirst();
	}

	public Optional<DisputeRecord> findById(UUID id) {
		return query("id = :id", Map.of("id", id), "number", 1, 0).stream().findFirst();
	}

	private static Map<String, Object> params(DataScope scope, String key, Object value) {
		Map<String, Object> p = new HashMap<>(scope.sqlParameters());
		p.put(key, value);
		return p;
	}

	private List<DisputeRecord> query(String where, Map<String, Object> params, String order, int limit, long offset) {
		Map<String, Object> p = new HashMap<>(params);
		p.put("limit", limit);
		p.put("offset", offset);
		List<DisputeRecord> result = jdbc.sql("SELECT " + COLUMNS + " FROM community_dispute WHERE " + where + " ORDER BY "
				+ order + " LIMIT :limit OFFSET :offset").params(p).query((rs, n) -> row(rs)).list();
		if (result.isEmpty()) {
			return result;
		}
		List<UUID> ids = result.stream().map(d -> d.id).toList();
		Map<UUID, List<Party>> parties = new HashMap<>();
		jdbc.sql("SELECT dispute_id, name, phone FROM community_dispute_party WHERE dispute_id IN (:ids) ORDER BY dispute_id, position")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				parties.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(new Party(rs.getString(2), rs.getString(3)));
			});
		Map<UUID, List<MediationSession>> sessions = new HashMap<>();
		jdbc.sql("SELECT dispute_id, held_on, mediator, note FROM community_dispute_session WHERE dispute_id IN (:ids) ORDER BY dispute_id, position")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				sessions.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(new MediationSession(rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)));
			});
		List<DisputeRecord> complete = new ArrayList<>();
		for (DisputeRecord d : result) {
			DisputeRecord full = new DisputeRecord(d.id, d.number, d.stationCode, d.gridCode, d.kind, d.tier, d.summary,
					d.receivedOn, d.deadline, d.visitId, parties.getOrDefault(d.id, List.of()),
					sessions.getOrDefault(d.id, List.of()), d.status, d.version);
			copyState(d, full);
			complete.add(full);
		}
		return complete;
	}

	private static void copyState(DisputeRecord from, DisputeRecord to) {
		to.assignedTo = from.assignedTo;
		to.assignedOn = from.assignedOn;
		to.result = from.result;
		to.referredTo = from.referredTo;
		to.resultNote = from.resultNote;
		to.closedOn = from.closedOn;
		to.followUpOn = from.followUpOn;
		to.satisfaction = from.satisfaction;
		to.followUpNote = from.followUpNote;
	}

	private static DisputeRecord row(ResultSet rs) throws SQLException {
		DisputeRecord d = new DisputeRecord(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getString("station_code"), rs.getString("grid_code"), DisputeKind.valueOf(rs.getString("kind")),
				DisputeTier.valueOf(rs.getString("tier")), rs.getString("summary"),
				rs.getObject("received_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
				rs.getObject("visit_id", UUID.class), List.of(), List.of(), DisputeStatus.valueOf(rs.getString("status")),
				rs.getInt("version"));
		d.assignedTo = rs.getString("assigned_to");
		d.assignedOn = rs.getObject("assigned_on", LocalDate.class);
		d.result = rs.getString("result") == null ? null : DisputeResult.valueOf(rs.getString("result"));
		d.referredTo = rs.getString("referred_to");
		d.resultNote = rs.getString("result_note");
		d.closedOn = rs.getObject("closed_on", LocalDate.class);
		d.followUpOn = rs.getObject("follow_up_on", LocalDate.class);
		d.satisfaction = rs.getString("satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("satisfaction"));
		d.followUpNote = rs.getString("follow_up_note");
		return d;
	}

	/** One page of the scope's disputes: open overdue first, then open by deadline, then closed newest first. */
	public Page<DisputeRecord> list(DisputeFilter f, LocalDate today, DataScope scope, int page, int size) {
		StringBuilder where = new StringBuilder(scope.sqlCondition("station_code"));
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		params.put("today", today);
		add(where, params, "station_code", CommunitySupport.blankToNull(f.stationCode()));
		add(where, params, "grid_code", CommunitySupport.blankToNull(f.gridCode()));
		add(where, params, "status", f.status() == null ? null : f.status().name());
		add(where, params, "tier", f.tier() == null ? null : f.tier().name());
		add(where, params, "result", f.result() == null ? null : f.result().name());
		if (f.open() != null) {
			where.append(f.open() ? " AND status <> 'CLOSED'" : " AND status = 'CLOSED'");
		}
		if (Boolean.TRUE.equals(f.overdue())) {
			where.append(" AND status <> 'CLOSED' AND deadline < :today");
		}
		else if (Boolean.FALSE.equals(f.overdue())) {
			where.append(" AND NOT (status <> 'CLOSED' AND deadline < :today)");
		}
		long total = jdbc.sql("SELECT count(*) FROM community_dispute WHERE " + where).params(params).query(Long.class).single();
		List<DisputeRecord> items = query(where.toString(), params,
				"(status <> 'CLOSED' AND deadline < :today) DESC, (status <> 'CLOSED') DESC, deadline, received_on DESC, number",
				size, Page.offset(page, size));
		return new Page<>(items, page, size, total);
	}

	private static void add(StringBuilder where, Map<String, Object> params, String column, Object value) {
		if (value != null) {
			where.append(" AND ").append(column).append(" = :").append(column);
			params.put(column, value);
		}
	}

	/** Per station in the scope: {@code [open, openOverdue]}. */
	public Map<String, long[]> openCounts(LocalDate today, DataScope scope) {
		Map<String, long[]> result = new HashMap<>();
		jdbc.sql("SELECT station_code, count(*), count(*) FILTER (WHERE deadline < :today) FROM community_dispute "
				+ "WHERE status <> 'CLOSED' AND " + scope.sqlCondition("station_code") + " GROUP BY station_code")
			.param("today", today)
			.params(scope.sqlParameters())
			.query((ResultSet rs) -> {
				result.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
			});
		return result;
	}

	public int reserveNumbers(String stationCode, int year, int count) {
		int last = jdbc.sql("""
				INSERT INTO community_dispute_number_counter (station_code, year, last) VALUES (?, ?, ?)
				ON CONFLICT (station_code, year) DO UPDATE SET last = community_dispute_number_counter.last + excluded.last
				RETURNING last""").params(stationCode, year, count).query(Integer.class).single();
		return last - count + 1;
	}

	public static String format(String stationCode, int year, int sequence) {
		return "JF-" + stationCode + "-" + year + "-" + String.format("%04d", sequence);
	}

	/** Inserts new disputes with their parties and sessions (one statement per table and batch). */
	public void insertAll(List<DisputeRecord> disputes, boolean demo, Instant now) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> parties = new ArrayList<>();
		List<Object[]> sessions = new ArrayList<>();
		for (DisputeRecord d : disputes) {
			rows.add(new Object[] { d.id, d.number, d.stationCode, d.gridCode, d.kind.name(), d.tier.name(), d.summary,
					d.receivedOn, d.deadline, d.status.name(), d.assignedTo, d.assignedOn,
					d.result == null ? null : d.result.name(), d.referredTo, d.resultNote, d.closedOn, d.followUpOn,
					d.satisfaction == null ? null : d.satisfaction.name(), d.followUpNote, d.visitId, demo, now, now });
			for (int i = 0; i < d.parties.size(); i++) {
				parties.add(new Object[] { d.id, i + 1, d.parties.get(i).name(), d.parties.get(i).phone() });
			}
			for (int i = 0; i < d.sessions.size(); i++) {
				MediationSession s = d.sessions.get(i);
				sessions.add(new Object[] { d.id, i + 1, s.heldOn(), s.mediator(), s.note() });
			}
		}
		bulk.insert("community_dispute",
				new String[] { "id", "number", "station_code", "grid_code", "kind", "tier", "summary", "received_on",
						"deadline", "status", "assigned_to", "assigned_on", "result", "referred_to", "result_note",
						"closed_on", "follow_up_on", "satisfaction", "follow_up_note", "visit_id", "demo", "created_at",
						"updated_at" },
				new String[] { "uuid", "text", "text", "text", "text", "text", "text", "date", "date", "text", "text",
						"date", "text", "text", "text", "date", "date", "text", "text", "uuid", "bool", "timestamptz",
						"timestamptz" }, rows);
		bulk.insert("community_dispute_party", new String[] { "dispute_id", "position", "name", "phone" },
				new String[] { "uuid", "int", "text", "text" }, parties);
		bulk.insert("community_dispute_session", new String[] { "dispute_id", "position", "held_on", "mediator", "note" },
				new String[] { "uuid", "int", "date", "text", "text" }, sessions);
	}

	/** Saves the changeable state and the new sessions; 409 when another change came in between. */
	public void update(DisputeRecord d, Instant now) {
		int updated = jdbc.sql("""
				UPDATE community_dispute SET status = :status, assigned_to = :assignedTo, assigned_on = :assignedOn,
				       result = :result, referred_to = :referredTo, result_note = :resultNote, closed_on = :closedOn,
				       follow_up_on = :followUpOn, satisfaction = :satisfaction, follow_up_note = :followUpNote,
				       version = version + 1, updated_at = :now
				WHERE id = :id AND version = :version""")
			.param("status", d.status.name())
			.param("assignedTo", d.assignedTo)
			.param("assignedOn", d.assignedOn)
			.param("result", d.result == null ? null : d.result.name())
			.param("referredTo", d.referredTo)
			.param("resultNote", d.resultNote)
			.param("closedOn", d.closedOn)
			.param("followUpOn", d.followUpOn)
			.param("satisfaction", d.satisfaction == null ? null : d.satisfaction.name())
			.param("followUpNote", d.followUpNote)
			.param("now", java.sql.Timestamp.from(now))
			.param("id", d.id)
			.param("version", d.version)
			.update();
		if (updated != 1) {
			throw new ConflictException("Dispute " + d.number + " was changed meanwhile; reload and try again");
		}
		int position = d.sessions.size() - d.newSessions.size();
		for (MediationSession s : d.newSessions) {
			position++;
			jdbc.sql("INSERT INTO community_dispute_session (dispute_id, position, held_on, mediator, note) VALUES (?, ?, ?, ?, ?)")
				.params(d.id, position, s.heldOn(), s.mediator(), s.note())
				.update();
		}
		d.newSessions.clear();
		d.version++;
	}

	// ---- counting

	public void forEachClosed(String resultCondition, LocalDate from, LocalDate to, Consumer<DisputeRecord> sink) {
		jdbc.sql("SELECT " + COLUMNS + " FROM community_dispute WHERE status = 'CLOSED' AND closed_on >= :from AND closed_on < :to"
				+ resultCondition)
			.param("from", from)
			.param("to", to)
			.query((ResultSet rs) -> {
				sink.accept(row(rs));
			});
	}

	public long countClosed(String resultCondition, LocalDate from, LocalDate to, String stationCode) {
		return jdbc.sql("SELECT count(*) FROM community_dispute WHERE status = 'CLOSED' AND closed_on >= :from AND closed_on < :to"
				+ resultCondition + (stationCode == null ? "" : " AND station_code = :station"))
			.param("from", from)
			.param("to", to)
			.params(stationCode == null ? Map.of() : Map.of("station", stationCode))
			.query(Long.class)
			.single();
	}

	public List<DisputeRecord> pageClosed(String resultCondition, LocalDate from, LocalDate to, String stationCode,
			int page, int size) {
		Map<String, Object> p = new HashMap<>();
		p.put("from", from);
		p.put("to", to);
		if (stationCode != null) {
			p.put("station", stationCode);
		}
		p.put("limit", size);
		p.put("offset", Page.offset(page, size));
		return jdbc.sql("SELECT " + COLUMNS + " FROM community_dispute WHERE status = 'CLOSED' AND closed_on >= :from AND closed_on < :to"
				+ resultCondition + (stationCode == null ? "" : " AND station_code = :station")
				+ " ORDER BY closed_on DESC, number DESC LIMIT :limit OFFSET :offset")
			.params(p)
			.query((rs, n) -> row(rs))
			.list();
	}
}
