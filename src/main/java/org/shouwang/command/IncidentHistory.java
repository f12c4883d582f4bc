package org.shouwang.command;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditEvent;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.audit.Masking;
import org.shouwang.geography.Geocoder;
import org.shouwang.geography.Location;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.indicators.IndicatorRecordsImported;
import org.shouwang.security.SystemActor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of historical incidents (earlier years' records, the demo district's 2024–2025): all are
 * checked first, then written in batches of {@value #BATCH_SIZE} incidents in one transaction: per batch
 * one multi-row insert (from column arrays) into each table and one audit entry (action IMPORT) instead of
 * one per incident. Each incident gets its number, grid,
 * station, arrival standard and within-standard flag, timeline events and unit assignments exactly as the
 * live intake, dispatch and progress would have stored them, so statistics treat both alike. No
 * application events are published (history must not reach the live board nor open cases again) but one
 * {@link IndicatorRecordsImported}, on which the indicators recount incidents once.
 */
@Service
public class IncidentHistory {

	/** Incidents per JDBC batch and per audit entry. */
	public static final int BATCH_SIZE = 1000;

	/** Object type of the audit entries of an import (one per batch). */
	public static final String AUDIT_OBJECT_TYPE = "IncidentImport";

	/** Most field errors reported for one refused import. */
	static final int MAX_ERRORS = 100;

	private final JdbcTemplate jdbc;

	private final IncidentCatalogue catalogue;

	private final Geocoder geocoder;

	private final OrganizationDirectory directory;

	private final AuditTrail audit;

	private final CommandProperties properties;

	private final Clock clock = Clock.systemUTC();

	private final ApplicationEventPublisher events;

	IncidentHistory(JdbcTemplate jdbc, IncidentCatalogue catalogue, Geocoder geocoder, OrganizationDirectory directory,
			AuditTrail audit, CommandProperties properties, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.geocoder = geocoder;
		this.directory = directory;
		this.audit = audit;
		this.properties = properties;
	}

	/**
	 * What an import did.
	 *
	 * @param importId  identifies the import in the audit trail (object id {@code importId/batch})
	 * @param incidents incidents written
	 * @param batches   batches written, one audit entry each
	 * @param outside   incidents whose point lies outside the district (flagged, no grid or station)
	 */
	public record Result(UUID importId, int incidents, int batches, int outside) {
	}

	/**
	 * Imports handled incidents of the past, in order of their reported time; all or nothing. An invalid
	 * record refuses the whole import with field errors named {@code incidents[i].field}.
	 */
	@Transactional
	public Result importHistorical(List<HistoricalIncident> incidents) {
		return importHistorical(incidents, BATCH_SIZE);
	}

	/** As {@link #importHistorical(List)} with another batch size (for tests of the batching). */
	@Transactional
	Result importHistorical(List<HistoricalIncident> incidents, int batchSize) {
		if (incidents == null || incidents.isEmpty()) {
			throw new InvalidInputException("incidents", "must not be empty");
		}
		Instant now = clock.instant();
		List<Checked> checked = check(incidents, now);
		checked.sort(Comparator.comparing((Checked c) -> c.incident().reportedAt()).thenComparingInt(Checked::index));
		UUID importId = UUID.randomUUID();
		String actor = Caller.name();
		boolean demo = SystemActor.isDemo();
		int batches = 0;
		int outside = 0;
		for (int from = 0; from < checked.size(); from += batchSize) {
			List<Checked> batch = checked.subList(from, Math.min(checked.size(), from + batchSize));
			batches++;
			outside += writeBatch(importId, batches, batch, actor, demo, now);
		}
		events.publishEvent(new IndicatorRecordsImported(IncidentIndicators.RECORD_TYPE, checked.size()));
		return new Result(importId, checked.size(), batches, outside);
	}

	// ---- checks

	/** A valid record with its subtype, priority and location. */
	private record Checked(int index, HistoricalIncident incident, IncidentSubtype subtype, int priority,
			Location location, String phone) {
	}

	private List<Checked> check(List<HistoricalIncident> incidents, Instant now) {
		Set<Long> activeUnits = new HashSet<>();
		for (DutyUnit unit : directory.activeDutyUnits()) {
			activeUnits.add(unit.id());
		}
		Instant latest = now.plus(properties.clockSkew());
		List<FieldError> errors = new ArrayList<>();
		List<Checked> checked = new ArrayList<>(incidents.size());
		for (int i = 0; i < incidents.size() && errors.size() < MAX_ERRORS; i++) {
			HistoricalIncident h = incidents.get(i);
			String p = "incidents[" + i + "].";
			if (h == null) {
				errors.add(new FieldError("incidents[" + i + "]", "is required"));
				continue;
			}
			int before = errors.size();
			required(errors, p + "channel", h.channel());
			required(errors, p + "category", h.category());
			IncidentSubtype subtype = null;
			if (h.subtype() == null || h.subtype().isBlank()) {
				errors.add(new FieldError(p + "subtype", "is required"));
			}
			else if (h.category() != null) {
				subtype = catalogue.find(h.category(), h.subtype().strip()).filter(IncidentSubtype::active).orElse(null);
				if (subtype == null) {
					errors.add(new FieldError(p + "subtype", "is not a subtype of " + h.category()));
				}
			}
			if (h.priority() != null && (h.priority() < 1 || h.priority() > 4)) {
				errors.add(new FieldError(p + "priority", "must be between 1 and 4"));
			}
			if (!Double.isFinite(h.lat()) || h.lat() < -90 || h.lat() > 90) {
				errors.add(new FieldError(p + "lat", "must be between -90 and 90"));
			}
			if (!Double.isFinite(h.lng()) || h.lng() < -180 || h.lng() > 180) {
				errors.add(new FieldError(p + "lng", "must be between -180 and 180"));
			}
			maxLength(errors, p + "address", h.address(), 200);
			maxLength(errors, p + "summary", h.summary(), 2000);
			maxLength(errors, p + "dispositionNote", h.dispositionNote(), 2000);
			String phone = Incidents.normalisePhone(h.callerPhone());
			maxLength(errors, p + "callerPhone", phone, 32);
			checkTimeline(errors, p, h, latest);
			if (h.unitIds().isEmpty()) {
				errors.add(new FieldError(p + "unitIds", "must name at least one unit sent"));
			}
			else if (h.unitIds().stream().anyMatch(id -> id == null || !activeUnits.contains(id))) {
				errors.add(new FieldError(p + "unitIds", "must all be active duty units"));
			}
			else if (new HashSet<>(h.unitIds()).size() != h.unitIds().size()) {
				errors.add(new FieldError(p + "unitIds", "must not repeat a unit"));
			}
			if (h.disposition() != null && h.category() != null && !h.disposition().fits(h.category())) {
				errors.add(new FieldError(p + "disposition", "does not fit an incident of category " + h.category()));
			}
			if (errors.size() == before) {
				int priority = h.priority() != null ? h.priority() : subtype.defaultPriority();
				checked.add(new Checked(i, h, subtype, priority, geocoder.locate(h.lat(), h.lng()), phone));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The historical incidents have invalid fields; nothing was imported.",
					errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
		}
		return checked;
	}

	/** reported ≤ received; reported ≤ dispatched ≤ (en route ≤) on scene ≤ cleared; nothing in the future. */
	private static void checkTimeline(List<FieldError> errors, String p, HistoricalIncident h, Instant latest) {
		required(errors, p + "reportedAt", h.reportedAt());
		required(errors, p + "dispatchedAt", h.dispatchedAt());
		required(errors, p + "onSceneAt", h.onSceneAt());
		required(errors, p + "clearedAt", h.clearedAt());
		if (h.reportedAt() == null || h.dispatchedAt() == null || h.onSceneAt() == null || h.clearedAt() == null) {
			return;
		}
		if (h.receivedAt() != null && h.receivedAt().isBefore(h.reportedAt())) {
			errors.add(new FieldError(p + "receivedAt", "must not be before reportedAt"));
		}
		if (h.dispatchedAt().isBefore(h.reportedAt())) {
			errors.add(new FieldError(p + "dispatchedAt", "must not be before reportedAt"));
		}
		if (h.enRouteAt() != null && (h.enRouteAt().isBefore(h.dispatchedAt()) || h.enRouteAt().isAfter(h.onSceneAt()))) {
			errors.add(new FieldError(p + "enRouteAt", "must lie between dispatchedAt and onSceneAt"));
		}
		if (h.onSceneAt().isBefore(h.dispatchedAt())) {
			errors.add(new FieldError(p + "onSceneAt", "must not be before dispatchedAt"));
		}
		if (h.clearedAt().isBefore(h.onSceneAt())) {
			errors.add(new FieldError(p + "clearedAt", "must not be before onSceneAt"));
		}
		if (h.clearedAt().isAfter(latest) || (h.receivedAt() != null && h.receivedAt().isAfter(latest))) {
			errors.add(new FieldError(p + "clearedAt", "must not be in the future"));
		}
	}

	private static void required(List<FieldError> errors, String field, Object value) {
		if (value == null) {
			errors.add(new FieldError(field, "is required"));
		}
	}

	private static void maxLength(List<FieldError> errors, String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.add(new FieldError(field, "must not be longer than " + max + " characters"));
		}
	}

	// ---- writing

	/** One incident of a batch, ready to write. */
	private record Row(UUID id, String number, Checked checked, Integer standardSeconds, boolean withinStandard) {

		HistoricalIncident h() {
			return checked.incident();
		}
	}

	/** Writes one batch (numbers, incidents, events, assignments) and its audit entry; the number outside. */
	private int writeBatch(UUID importId, int batchNo, List<Checked> batch, String actor, boolean demo, Instant now) {
		Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
		for (Checked c : batch) {
			perDay.merge(day(c), 1, Integer::sum);
		}
		Map<LocalDate, int[]> next = new LinkedHashMap<>();
		perDay.forEach((day, count) -> {
			Integer last = jdbc.queryForObject("""
					INSERT INTO incident_number_counter (day, last) VALUES (?, ?)
					ON CONFLICT (day) DO UPDATE SET last = incident_number_counter.last + excluded.last
					RETURNING last""", Integer.class, day, count);
			next.put(day, new int[] { last - count + 1 });
		});
		List<Row> rows = new ArrayList<>(batch.size());
		int outside = 0;
		for (Checked c : batch) {
			LocalDate day = day(c);
			String number = IncidentNumbers.format(day, next.get(day)[0]++);
			Duration standard = properties.arrivalStandard(c.location().gridType());
			Integer standardSeconds = standard == null ? null : (int) standard.getSeconds();
			boolean within = Boolean.TRUE.equals(
					Incident.arrivedWithin(c.incident().reportedAt(), c.incident().onSceneAt(), standardSeconds));
			rows.add(new Row(UUID.randomUUID(), number, c, standardSeconds, within));
			if (!c.location().inside()) {
				outside++;
			}
		}
		insertIncidents(rows, demo, now);
		insertEvents(rows, actor, now);
		insertAssignments(rows);
		Row first = rows.get(0);
		Row last = rows.get(rows.size() - 1);
		// Every incident has its creation entry, as a live intake has; they join the chain in batches (AuditWriter).
		List<AuditEvent> created = new ArrayList<>(rows.size());
		for (Row r : rows) {
			created.add(AuditEvent.of(AuditAction.CREATE, Incidents.OBJECT_TYPE, r.id(), AuditOutcome.SUCCESS)
				.withChanges(ChangeSummary.builder().mask("callerPhone", Masking::phone).diff(null, createdFields(r, importId))));
		}
		audit.recordAll(created);
		audit.record(AuditEvent.of(AuditAction.IMPORT, AUDIT_OBJECT_TYPE, importId + "/" + batchNo, AuditOutcome.SUCCESS)
			.withChanges(ChangeSummary.builder()
				.change("incidents", null, rows.size())
				.change("firstNumber", null, first.number())
				.change("lastNumber", null, last.number())
				.change("reportedFrom", null, first.h().reportedAt().toString())
				.change("reportedTo", null, last.h().reportedAt().toString())
				.change("outsideDistrict", null, outside)
				.change("demo", null, demo ? rows.size() : 0)
				.build()));
		return outside;
	}

	private LocalDate day(Checked c) {
		return c.incident().reportedAt().atZone(properties.zone()).toLocalDate();
	}

	/** The fields of an imported incident as its creation audit entry names them. */
	private static Map<String, Object> createdFields(Row r, UUID importId) {
		HistoricalIncident h = r.h();
		Location location = r.checked().location();
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("number", r.number());
		fields.put("status", IncidentStatus.CLEARED.name());
		fields.put("channel", h.channel().name());
		fields.put("category", h.category().name());
		fields.put("subtype", r.checked().subtype().code());
		fields.put("priority", r.checked().priority());
		fields.put("reportedAt", h.reportedAt().toString());
		fields.put("lat", h.lat());
		fields.put("lng", h.lng());
		fields.put("gridCode", location.gridCode());
		fields.put("stationCode", location.stationCode());
		fields.put("callerPhone", r.checked().phone());
		fields.put("clearedAt", h.clearedAt().toString());
		fields.put("import", importId.toString());
		return fields;
	}

	private void insertIncidents(List<Row> rows, boolean demo, Instant now) {
		int n = rows.size();
		Columns c = new Columns(n);
		for (Row r : rows) {
			HistoricalIncident h = r.h();
			Location location = r.checked().location();
			c.add("id", r.id().toString());
			c.add("number", r.number());
			c.add("channel", h.channel().name());
			c.add("category", h.category().name());
			c.add("subtype", r.checked().subtype().code());
			c.add("priority", r.checked().priority());
			c.add("reported", text(h.reportedAt()));
			c.add("received", text(h.receivedAt() != null ? h.receivedAt() : h.reportedAt()));
			c.add("lat", h.lat());
			c.add("lng", h.lng());
			c.add("address", blankToNull(h.address()));
			c.add("grid", location.gridCode());
			c.add("gridType", location.gridType() == null ? null : location.gridType().name());
			c.add("station", location.stationCode());
			c.add("phone", r.checked().phone());
			c.add("summary", blankToNull(h.summary()));
			c.add("dispatched", text(h.dispatchedAt()));
			c.add("onScene", text(h.onSceneAt()));
			c.add("cleared", text(h.clearedAt()));
			c.add("disposition", h.disposition() == null ? null : h.disposition().name());
			c.add("note", blankToNull(h.dispositionNote()));
			c.add("standard", r.standardSeconds());
			c.add("within", r.standardSeconds() == null ? null : r.withinStandard());
			c.add("school", h.schoolRelated());
			c.add("demo", demo);
			// As live: one version per dispatch, en route, on scene and clearing.
			c.add("version", h.unitIds().size() + (h.enRouteAt() != null ? 1 : 0) + 2);
		}
		insert("""
				INSERT INTO incident (id, number, status, channel, category, subtype, priority, reported_at, received_at,
				                      lat, lng, address, grid_code, grid_type, station_code, caller_phone, summary,
				                      back_entry, first_dispatched_at, on_scene_at, cleared_at, disposition,
				                      disposition_note, arrival_standard_seconds, arrival_within_standard,
				                      school_related, demo, version, updated_at)
				SELECT id::uuid, number, 'CLEARED', channel, category, subtype, priority, reported::timestamptz,
				       received::timestamptz, lat, lng, address, grid, grid_type, station, phone, summary, false,
				       dispatched::timestamptz, on_scene::timestamptz, cleared::timestamptz, disposition, note, standard,
				       within, school, demo, version, ?::timestamptz
				FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[],
				            ?::float8[], ?::float8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
				            ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::boolean[], ?::boolean[],
				            ?::boolean[], ?::int[])
				     AS t(id, number, channel, category, subtype, priority, reported, received, lat, lng, address, grid,
				          grid_type, station, phone, summary, dispatched, on_scene, cleared, disposition, note, standard,
				          within, school, demo, version)""", text(now), c);
	}

	private void insertEvents(List<Row> rows, String actor, Instant now) {
		Columns c = new Columns(rows.size() * 6);
		for (Row r : rows) {
			HistoricalIncident h = r.h();
			String id = r.id().toString();
			c.event(id, "RECEIVED", IncidentStatus.NEW, h.reportedAt(), null, "imported");
			for (Long unit : h.unitIds()) {
				c.event(id, "DISPATCHED", IncidentStatus.DISPATCHED, h.dispatchedAt(), unit, null);
			}
			if (h.enRouteAt() != null) {
				c.event(id, "EN_ROUTE", IncidentStatus.EN_ROUTE, h.enRouteAt(), null, null);
			}
			c.event(id, "ON_SCENE", IncidentStatus.ON_SCENE, h.onSceneAt(), null, null);
			c.event(id, "CLEARED", IncidentStatus.CLEARED, h.clearedAt(), null, blankToNull(h.dispositionNote()));
		}
		insert("""
				INSERT INTO incident_event (incident_id, event, status, at, recorded_at, actor, unit_id, note)
				SELECT incident::uuid, event, status, at::timestamptz, ?::timestamptz, ?, unit, note
				FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[])
				     AS t(incident, event, status, at, unit, note)""", text(now), actor, c);
	}

	private void insertAssignments(List<Row> rows) {
		Columns c = new Columns(rows.size() * 2);
		for (Row r : rows) {
			HistoricalIncident h = r.h();
			for (Long unit : h.unitIds()) {
				c.add("incident", r.id().toString());
				c.add("unit", unit);
				c.add("dispatched", text(h.dispatchedAt()));
				c.add("enRoute", text(h.enRouteAt()));
				c.add("onScene", text(h.onSceneAt()));
				c.add("cleared", text(h.clearedAt()));
			}
		}
		insert("""
				INSERT INTO incident_assignment (incident_id, unit_id, status, dispatched_at, en_route_at, on_scene_at,
				                                 cleared_at)
				SELECT incident::uuid, unit, 'CLEARED', dispatched::timestamptz, en_route::timestamptz,
				       on_scene::timestamptz, cleared::timestamptz
				FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
				     AS t(incident, unit, dispatched, en_route, on_scene, cleared)""", c);
	}

	/**
	 * Runs one multi-row INSERT … SELECT FROM unnest(arrays): the leading scalar parameters, then one array
	 * per column in the order the columns were first added. One statement writes the whole batch.
	 */
	private void insert(String sql, Object... parametersThenColumns) {
		Columns columns = (Columns) parametersThenColumns[parametersThenColumns.length - 1];
		jdbc.execute((java.sql.Connection connection) -> {
			try (PreparedStatement ps = connection.prepareStatement(sql)) {
				int i = 1;
				for (int p = 0; p < parametersThenColumns.length - 1; p++) {
					ps.setObject(i++, parametersThenColumns[p]);
				}
				for (Map.Entry<String, List<Object>> column : columns.values.entrySet()) {
					List<Object> values = column.getValue();
					Object first = values.stream().filter(java.util.Objects::nonNull).findFirst().orElse("");
					String type = first instanceof Integer ? "int4" : first instanceof Long ? "int8"
							: first instanceof Double ? "float8" : first instanceof Boolean ? "bool" : "text";
					ps.setArray(i++, connection.createArrayOf(type, values.toArray()));
				}
				ps.executeUpdate();
				return null;
			}
		});
	}

	/** Column arrays of a multi-row insert, by name in insertion order. */
	private static final class Columns {

		private final Map<String, List<Object>> values = new LinkedHashMap<>();

		private final int capacity;

		Columns(int capacity) {
			this.capacity = capacity;
		}

		void add(String column, Object value) {
			values.computeIfAbsent(column, k -> new ArrayList<>(capacity)).add(value);
		}

		void event(String incident, String event, IncidentStatus status, Instant at, Long unit, String note) {
			add("incident", incident);
			add("event", event);
			add("status", status.name());
			add("at", text(at));
			add("unit", unit);
			add("note", note);
		}
	}

	/** An instant as PostgreSQL reads a timestamptz ({@code null} stays null). */
	private static String text(Instant instant) {
		return instant == null ? null : instant.toString();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
