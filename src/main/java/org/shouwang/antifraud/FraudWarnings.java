package org.shouwang.antifraud;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.shouwang.antifraud.internal.FraudWarningRows;
import org.shouwang.antifraud.internal.SignatureVerifier;
import org.shouwang.antifraud.internal.WarningCsv;
import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditEvent;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.audit.Masking;
import org.shouwang.geography.Geocoder;
import org.shouwang.geography.Location;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.geo.Coordinates;
import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.security.DataScope;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early-warning orders: intake (signed by a centre, a CSV batch, by hand), routing to the station of the
 * victim's location (the geocoder's grid) or the duty desk, the steps and the outcome, escalation of missed
 * deadlines, lists within the caller's data scope and the audited unmasking of the victim's phone. Every change
 * is audited in its transaction and publishes the order's events and {@link IndicatorRecordChanged}.
 */
@Service
public class FraudWarnings {

	/** Record type of the orders in indicators and events. */
	public static final String RECORD_TYPE = "FraudWarning";

	/** Object type in the audit trail. */
	static final String AUDIT_TYPE = "FraudWarning";

	/** Orders per batch (and per audit entry) of the bulk import. */
	public static final int BATCH_SIZE = 1000;

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{4,19}$");

	private final FraudWarningRows rows;

	private final SignatureVerifier verifier;

	private final Geocoder geocoder;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final AntifraudProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	FraudWarnings(FraudWarningRows rows, SignatureVerifier verifier, Geocoder geocoder, AuditTrail audit,
			ApplicationEventPublisher events, AntifraudProperties properties, JsonMapper json,
			ObjectProvider<Clock> clock) {
		this.rows = rows;
		this.verifier = verifier;
		this.geocoder = geocoder;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.json = json;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** What an intake did: the order (masked) and whether it is new (false: a resend or a replayed key). */
	public record Intake(WarningView warning, boolean created) {
	}

	/** What a CSV import did. */
	public record ImportResult(int rows, int created, List<String> skippedAsKnown) {
	}

	// ---- intake

	/**
	 * An order posted by a centre: 401 for an unknown source or a bad, stale or replayed signature (nothing is
	 * stored); 400 for a malformed body; the same external id again returns the earlier order.
	 */
	@Transactional
	public Intake receiveSigned(String sourceCode, String timestamp, String signature, byte[] body) {
		Instant now = clock.instant();
		verifier.verify(sourceCode, timestamp, signature, body, now);
		WarningInput input;
		try {
			input = json.readValue(body, WarningInput.class);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new InvalidInputException("body", "must be a JSON order: {externalId, victimPhone, location, riskLevel, "
					+ "fraudType, suspiciousContact, summary, issuedAt}");
		}
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		Checked checked = check(input, true, "");
		rows.lockKey(sourceCode + "/" + checked.externalId());
		Optional<FraudWarning> earlier = rows.findByExternalId(sourceCode, checked.externalId());
		if (earlier.isPresent()) {
			return new Intake(WarningView.of(earlier.get(), now), false);
		}
		FraudWarning warning = create(checked, WarningChannel.API, sourceCode, now, null, null, false);
		return new Intake(WarningView.of(warning, now), true);
	}

	/**
	 * An order entered by hand, once per Idempotency-Key: the same key and request again returns the first order;
	 * the same key with another request is refused ({@link IdempotencyKeyReusedException}).
	 */
	@Transactional
	public Intake create(String idempotencyKey, WarningInput input) {
		return create(idempotencyKey, input, false);
	}

	/** As {@link #create(String, WarningInput)}, marking the order as demo data. */
	@Transactional
	public Intake create(String idempotencyKey, WarningInput input, boolean demo) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw new InvalidInputException("Idempotency-Key", "header is required");
		}
		if (idempotencyKey.length() > 255) {
			throw new InvalidInputException("Idempotency-Key", "must not be longer than 255 characters");
		}
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		Checked checked = check(input, false, "");
		Instant now = clock.instant();
		String hash = sha256(json.writeValueAsBytes(input));
		rows.lockKey("key:" + idempotencyKey);
		Optional<FraudWarningRows.KeyedWarning> earlier = rows.findByIdempotencyKey(idempotencyKey);
		if (earlier.isPresent()) {
			if (!earlier.get().requestHash().equals(hash)) {
				throw new IdempotencyKeyReusedException();
			}
			return new Intake(get(earlier.get().id()), false);
		}
		FraudWarning warning = create(checked, WarningChannel.MANUAL, null, now, idempotencyKey, hash, demo);
		return new Intake(WarningView.of(warning, now), true);
	}

	/**
	 * A CSV batch: every row is checked first and nothing is stored when any row is wrong (400 with
	 * {@code row N: field} errors); rows whose centre number is already known are skipped.
	 */
	@Transactional
	public ImportResult importCsv(byte[] csv) {
		List<WarningCsv.Row> read = WarningCsv.read(csv);
		List<FieldError> errors = new ArrayList<>();
		List<Checked> checked = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (WarningCsv.Row row : read) {
			String prefix = "row " + row.row() + ": ";
			try {
				Checked c = check(row.input(), true, prefix);
				if (!seen.add(c.externalId())) {
					errors.add(new FieldError(prefix + "externalId", "appears twice in the file"));
				}
				checked.add(c);
			}
			catch (InvalidInputException ex) {
				errors.addAll(ex.errors());
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Rows of the CSV file are invalid; nothing was imported.",
					errors.subList(0, Math.min(100, errors.size())));
		}
		Instant now = clock.instant();
		List<String> skipped = new ArrayList<>();
		int created = 0;
		for (Checked c : checked) {
			rows.lockKey("csv/" + c.externalId());
			if (rows.exists(c.externalId())) {
				skipped.add(c.externalId());
				continue;
			}
			create(c, WarningChannel.CSV, null, now, null, null, false);
			created++;
		}
		audit.record(AuditAction.IMPORT, AUDIT_TYPE + "Import", "csv", AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("rows", null, read.size())
			.change("created", null, created)
			.change("skipped", null, skipped.size())
			.build());
		return new ImportResult(read.size(), created, skipped);
	}

	private FraudWarning create(Checked c, WarningChannel channel, String sourceCode, Instant now, String key,
			String hash, boolean demo) {
		Location location = c.lat() == null ? Location.OUTSIDE : geocoder.locate(c.lat(), c.lng());
		FraudWarning warning = FraudWarning.receive(UUID.randomUUID(), rows.nextNumber(now), channel, sourceCode,
				c.externalId(), c.phone(), c.address(), c.lat(), c.lng(), location.gridCode(), location.stationCode(),
				c.risk(), c.type(), c.suspiciousContact(), c.summary(), now, properties.of(c.risk()), demo);
		rows.insert(warning, key, hash, now);
		AuditEvent event = AuditEvent.of(AuditAction.CREATE, AUDIT_TYPE, warning.id(), AuditOutcome.SUCCESS)
			.withChanges(ChangeSummary.builder().mask("victimPhone", Masking::phone).diff(null, created(warning)));
		audit.record(sourceCode != null ? event.withActor("source:" + sourceCode) : event);
		publish(warning);
		return warning;
	}

	/**
	 * Closed orders of earlier periods in bulk, each replayed through the order's rules, written in batches of
	 * {@value #BATCH_SIZE} with one audit entry (IMPORT) per batch. No events are published: history must not
	 * open cases or escalate again; the indicator rollups recount from the records.
	 */
	@Transactional
	public int importHistory(List<HistoricalWarning> history, boolean demo) {
		Instant now = clock.instant();
		int imported = 0;
		for (int start = 0; start < history.size(); start += BATCH_SIZE) {
			List<HistoricalWarning> batch = history.subList(start, Math.min(history.size(), start + BATCH_SIZE));
			List<Long> numbers = rows.nextNumbers(batch.size());
			List<FraudWarning> warnings = new ArrayList<>(batch.size());
			for (int i = 0; i < batch.size(); i++) {
				warnings.add(replay(batch.get(i), numbers.get(i), demo, "history[" + (start + i) + "]: "));
			}
			rows.insertAll(warnings, now);
			audit.record(AuditAction.IMPORT, AUDIT_TYPE + "Import", "history-" + warnings.get(0).number(),
					AuditOutcome.SUCCESS, ChangeSummary.builder()
						.change("orders", null, warnings.size())
						.change("first", null, warnings.get(0).number())
						.change("last", null, warnings.get(warnings.size() - 1).number())
						.build());
			imported += warnings.size();
		}
		return imported;
	}

	private FraudWarning replay(HistoricalWarning h, long sequence, boolean demo, String prefix) {
		if (h.receivedAt() == null || h.closedAt() == null || h.outcome() == null || h.riskLevel() == null
				|| h.fraudType() == null || h.victimPhone() == null) {
			throw new InvalidInputException(prefix + "order", "needs phone, risk, type, reception, outcome and closing time");
		}
		Location location = h.lat() == null ? Location.OUTSIDE : geocoder.locate(h.lat(), h.lng());
		FraudWarning w = FraudWarning.receive(UUID.randomUUID(), FraudWarningRows.number(h.receivedAt(), sequence),
				WarningChannel.HISTORY, null, h.externalId(), h.victimPhone(), h.victimAddress(), h.lat(), h.lng(),
				location.gridCode(), location.stationCode(), h.riskLevel(), h.fraudType(), h.suspiciousContact(), null,
				h.receivedAt(), properties.of(h.riskLevel()), demo);
		if (h.contactedAt() != null) {
			w.recordContact(h.contactMethod() == null ? ContactMethod.OFFICER_CALL : h.contactMethod(), h.contactedAt());
		}
		if (h.visitedAt() != null) {
			w.recordVisit(h.checklist(), h.visitedAt());
		}
		switch (h.outcome()) {
			case DISSUADED -> w.dissuade(h.amount(), h.note(), h.closedAt());
			case DEFRAUDED -> w.defrauded(h.amount(), null, h.note(), h.closedAt());
			case UNREACHABLE -> w.unreachable(h.note(), h.closedAt());
			case FALSE_ALARM -> w.falseAlarm(h.note(), h.closedAt());
		}
		return w;
	}

	// ---- reading

	/** One order within the caller's scope (404 outside it), phone masked. */
	@Transactional(readOnly = true)
	public WarningView get(UUID id) {
		return WarningView.of(inScope(rows.find(id)), clock.instant());
	}

	/** The victim's full phone, audited as an unmasked read (callers hold {@code pii:unmask}). */
	@Transactional
	public String unmaskPhone(UUID id) {
		FraudWarning warning = inScope(rows.find(id));
		audit.record(AuditAction.READ_UNMASKED, AUDIT_TYPE, warning.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("field", null, "victimPhone").build());
		return warning.victimPhone();
	}

	/** The orders within the caller's scope. */
	@Transactional(readOnly = true)
	public Page<WarningView> list(WarningFilter filter, int page, int size) {
		Page.check(page, size);
		Instant now = clock.instant();
		return rows.page(filter == null ? WarningFilter.openQueue() : filter, DataScope.current(), now, page, size)
			.map(w -> WarningView.of(w, now));
	}

	/** Open orders per station (null: the duty desk) within the caller's scope, with how many are overdue. */
	@Transactional(readOnly = true)
	public List<FraudWarningRows.QueueCount> queueCounts() {
		return rows.queueCounts(DataScope.current(), clock.instant());
	}

	/** The time the service goes by (for countdowns). */
	public Instant now() {
		return clock.instant();
	}

	// ---- steps

	@Transactional
	public WarningView recordContact(UUID id, ContactMethod method, Instant at) {
		return change(id, "FRAUD_WARNING_CONTACTED", w -> w.recordContact(method, at == null ? clock.instant() : at));
	}

	@Transactional
	public WarningView recordVisit(UUID id, Set<ChecklistItem> checklist, Instant at) {
		return change(id, "FRAUD_WARNING_VISITED", w -> w.recordVisit(checklist, at == null ? clock.instant() : at));
	}

	@Transactional
	public WarningView close(UUID id, OutcomeInput input) {
		if (input == null || input.outcome() == null) {
			throw new InvalidInputException("outcome", "is required: DISSUADED, DEFRAUDED, UNREACHABLE or FALSE_ALARM");
		}
		Instant at = clock.instant();
		return change(id, "FRAUD_WARNING_CLOSED", w -> {
			switch (input.outcome()) {
				case DISSUADED -> {
					if (input.lossAvoided() == null) {
						throw new InvalidInputException("lossAvoided", "is required for a dissuasion (元, estimated)");
					}
					w.dissuade(input.lossAvoided(), input.note(), at);
				}
				case DEFRAUDED -> w.defrauded(input.lossAmount() == null ? 0 : input.lossAmount(),
						input.urgentStopAccount(), input.note(), at);
				case UNREACHABLE -> w.unreachable(input.note(), at);
				case FALSE_ALARM -> w.falseAlarm(input.note(), at);
			}
		});
	}

	/**
	 * Escalates every open order that missed a deadline (each deadline once), as the acting user (the schedule
	 * runs it as the system actor); returns how many were escalated.
	 */
	@Transactional
	public int escalateOverdue() {
		return escalateOverdue(clock.instant());
	}

	/** As {@link #escalateOverdue()}, as of {@code now} (tests and catch-up after downtime). */
	@Transactional
	public int escalateOverdue(Instant now) {
		int escalated = 0;
		for (UUID id : rows.toEscalate(now, 500)) {
			FraudWarning w = rows.lock(id).orElse(null);
			if (w == null || !DataScope.current().permits(w.stationCode())) {
				continue;
			}
			Map<String, Object> before = state(w);
			if (w.escalate(now)) {
				save(w, now);
				audit.record("FRAUD_WARNING_ESCALATED", AUDIT_TYPE, w.id(), AuditOutcome.SUCCESS,
						ChangeSummary.diff(before, state(w)));
				escalated++;
			}
		}
		return escalated;
	}

	private WarningView change(UUID id, String action, Consumer<FraudWarning> step) {
		FraudWarning w = inScope(rows.lock(id));
		Map<String, Object> before = state(w);
		step.accept(w);
		Instant now = clock.instant();
		save(w, now);
		audit.record(action, AUDIT_TYPE, w.id(), AuditOutcome.SUCCESS, ChangeSummary.diff(before, state(w)));
		return WarningView.of(rows.find(id).orElseThrow(), now);
	}

	private void save(FraudWarning w, Instant now) {
		if (!rows.update(w, now)) {
			throw new ConflictException("Order " + w.number() + " was changed meanwhile; reload and try again.");
		}
		publish(w);
	}

	private void publish(FraudWarning w) {
		w.events().forEach(events::publishEvent);
		events.publishEvent(new IndicatorRecordChanged(RECORD_TYPE, w.id()));
	}

	private static FraudWarning inScope(Optional<FraudWarning> found) {
		FraudWarning w = found.orElseThrow(() -> new NotFoundException("Fraud warning"));
		DataScope.current().require(w.stationCode(), "Fraud warning");
		return w;
	}

	private static Map<String, Object> state(FraudWarning w) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("status", w.status().name());
		s.put("contactMethod", w.contactMethod() == null ? null : w.contactMethod().name());
		s.put("contactedAt", w.contactedAt());
		s.put("visitedAt", w.visitedAt());
		s.put("checklist", w.checklist().isEmpty() ? null : w.checklist().stream().map(Enum::name).sorted().toList());
		s.put("outcome", w.outcome() == null ? null : w.outcome().name());
		s.put("closedAt", w.closedAt());
		s.put("lossAvoided", w.lossAvoided());
		s.put("lossAmount", w.lossAmount());
		s.put("urgentStopAccount", w.urgentStopAccount());
		s.put("outcomeNote", w.outcomeNote());
		s.put("escalatedAt", w.escalatedAt());
		s.put("escalationReason", w.escalationReason());
		return s;
	}

	private static Map<String, Object> created(FraudWarning w) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("number", w.number());
		s.put("channel", w.channel().name());
		s.put("externalId", w.externalId());
		s.put("victimPhone", w.victimPhone());
		s.put("stationCode", w.stationCode());
		s.put("gridCode", w.gridCode());
		s.put("riskLevel", w.riskLevel().name());
		s.put("fraudType", w.fraudType().name());
		s.put("receivedAt", w.receivedAt());
		s.put("contactDeadline", w.contactDeadline());
		s.put("visitDeadline", w.visitDeadline());
		return s;
	}

	// ---- checks

	/** Checks an order as {@link #create(String, WarningInput)} would, without storing anything (forms). */
	public void validate(WarningInput input) {
		check(input, false, "");
	}

	/** A checked input. */
	private record Checked(String externalId, String phone, String address, Double lat, Double lng, RiskLevel risk,
			FraudType type, String suspiciousContact, String summary) {
	}

	private static Checked check(WarningInput in, boolean externalIdRequired, String prefix) {
		List<FieldError> errors = new ArrayList<>();
		String externalId = trim(in.externalId());
		if (externalId == null && externalIdRequired) {
			errors.add(new FieldError(prefix + "externalId", "is required (the centre's number of the order)"));
		}
		else if (externalId != null && externalId.length() > 100) {
			errors.add(new FieldError(prefix + "externalId", "must be at most 100 characters"));
		}
		String phone = trim(in.victimPhone());
		if (phone == null) {
			errors.add(new FieldError(prefix + "victimPhone", "is required"));
		}
		else if (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 5) {
			errors.add(new FieldError(prefix + "victimPhone", "must be a phone number (5–20 digits)"));
		}
		Double lat = null;
		Double lng = null;
		String address = null;
		if (in.location() != null) {
			address = trim(in.location().address());
			if (address != null && address.length() > 200) {
				errors.add(new FieldError(prefix + "location.address", "must be at most 200 characters"));
			}
			if (in.location().lat() != null || in.location().lng() != null) {
				List<FieldError> bad = Coordinates.errors(in.location().lat(), in.location().lng(), prefix + "location.lat",
						prefix + "location.lng");
				errors.addAll(bad);
				if (bad.isEmpty()) {
					lat = in.location().lat();
					lng = in.location().lng();
				}
			}
		}
		RiskLevel risk = RiskLevel.parse(in.riskLevel()).orElse(null);
		if (risk == null) {
			errors.add(new FieldError(prefix + "riskLevel", "must be HIGH, MEDIUM or LOW (高 / 中 / 低)"));
		}
		FraudType type = FraudType.parse(in.fraudType()).orElse(null);
		if (type == null) {
			errors.add(new FieldError(prefix + "fraudType", "must be one of " + List.of(FraudType.values())));
		}
		String contact = trim(in.suspiciousContact());
		if (contact != null && contact.length() > 100) {
			errors.add(new FieldError(prefix + "suspiciousContact", "must be at most 100 characters"));
		}
		String summary = trim(in.summary());
		if (summary != null && summary.length() > 500) {
			errors.add(new FieldError(prefix + "summary", "must be at most 500 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The order has invalid fields.", errors);
		}
		return new Checked(externalId, phone, address, lat, lng, risk, type, contact, summary);
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
