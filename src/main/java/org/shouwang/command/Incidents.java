package org.shouwang.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Incidents (警情): intake (idempotent by key), reading and listing, reclassification, possible duplicates
 * with merge and dismissal. Every change is audited in its own transaction; the caller's phone is shown
 * unmasked only to holders of {@code pii:unmask}, and each such read is audited.
 */
@Service
public class Incidents {

	/** Largest page size of a list. */
	public static final int MAX_PAGE_SIZE = 200;

	static final String OBJECT_TYPE = "Incident";

	/** Radius of an incident's location history (premise history). */
	public static final int HISTORY_RADIUS_METERS = 100;

	/** Audit action of an incident taken on paper and entered afterwards. */
	public static final String BACK_ENTRY = "BACK_ENTRY";

	/** Note of the RECEIVED event of a back-entry. */
	static final String RECEIVED_NOTE_BACK_ENTRY = "back-entry";

	/** Audit action of a change of category. */
	public static final String RECLASSIFY = "RECLASSIFY";

	/** Hashing and canonical JSON of requests, independent of the web layer's settings. */
	private static final JsonMapper CANONICAL = JsonMapper.builder().build();

	private final IncidentRepository repository;

	private final IncidentCatalogue catalogue;

	private final IncidentViews views;

	private final Geocoder geocoder;

	private final AuditTrail audit;

	private final CommandProperties properties;

	private final Validator validator;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final IncidentNumbers numbers;

	private final TransactionTemplate transactions;

	Incidents(IncidentRepository repository, IncidentCatalogue catalogue, IncidentViews views, Geocoder geocoder,
			AuditTrail audit, CommandProperties properties, Validator validator, JsonMapper json,
			ApplicationEventPublisher events, IncidentNumbers numbers, PlatformTransactionManager transactionManager) {
		this.numbers = numbers;
		this.transactions = new TransactionTemplate(transactionManager);
		this.repository = repository;
		this.catalogue = catalogue;
		this.views = views;
		this.geocoder = geocoder;
		this.audit = audit;
		this.properties = properties;
		this.validator = validator;
		this.json = json;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	// ---- intake

	/**
	 * Takes in an incident once per Idempotency-Key: the first request creates it (201); the same key with
	 * the same body gets the first response again without creating anything; the same key with another
	 * body is refused ({@link IdempotencyKeyReusedException}). Concurrent requests with one key wait for
	 * the first and then get its response.
	 * <p>
	 * The readable number is taken first, in its own short transaction ({@link IncidentNumbers}), so that
	 * parallel intakes do not queue on the day's counter; the incident itself is written in a second
	 * transaction. A request refused or replayed after its number was taken leaves a gap in the day's numbers.
	 */
	public IntakeOutcome intake(String idempotencyKey, IncidentRequest request) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw new InvalidInputException("Idempotency-Key", "header is required");
		}
		if (idempotencyKey.length() > 255) {
			throw new InvalidInputException("Idempotency-Key", "must not be longer than 255 characters");
		}
		Checked checked = check(request, false);
		String hash = hash(request);
		Optional<IncidentRepository.StoredIntake> earlier = repository.findIntake(idempotencyKey);
		if (earlier.isPresent()) {
			return transactions.execute(status -> replayOrRefuse(earlier.get(), hash));
		}
		String number = numbers.next(day(checked));
		return transactions.execute(status -> {
			Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
			if (!repository.claimKey(idempotencyKey, hash, now)) {
				IncidentRepository.StoredIntake stored = repository.findIntake(idempotencyKey)
					.orElseThrow(() -> new IllegalStateException("Idempotency-Key vanished: " + idempotencyKey));
				return replayOrRefuse(stored, hash);
			}
			IncidentRow row = create(request, checked, number, now, false);
			// Stored masked for replays; the answer is written once more, unmasked, only for holders of pii:unmask.
			String actor = Caller.name();
			String masked = json.writeValueAsString(views.created(row, actor, now, false));
			repository.completeIntake(idempotencyKey, row.id(), 201, masked);
			String body = Caller.mayUnmask() && row.callerPhone() != null
					? json.writeValueAsString(views.created(row, actor, now, true)) : masked;
			return new IntakeOutcome(row.id(), row.number(), 201, false, body, row.stationCode());
		});
	}

	private IntakeOutcome replayOrRefuse(IncidentRepository.StoredIntake stored, String hash) {
		if (!stored.requestHash().equals(hash)) {
			throw new IdempotencyKeyReusedException();
		}
		if (stored.incidentId() == null) {
			// Claim and response are written in one transaction, so a committed claim always has its incident.
			throw new IllegalStateException("Idempotency-Key stored without its incident");
		}
		return replay(stored);
	}

	private LocalDate day(Checked checked) {
		return checked.reportedAt().atZone(properties.zone()).toLocalDate();
	}

	/** Takes in an incident without an Idempotency-Key (for other modules and the demo district). */
	@Transactional
	public Incident create(IncidentRequest request, boolean demo) {
		Checked checked = check(request, demo);
		IncidentRow row = create(request, checked, numbers.nextInCurrentTransaction(day(checked)),
				clock.instant().truncatedTo(ChronoUnit.MICROS), demo);
		return views.detail(row, true);
	}

	private IntakeOutcome replay(IncidentRepository.StoredIntake stored) {
		JsonNode body = json.readTree(stored.body());
		if (Caller.mayUnmask()) {
			String phone = repository.find(stored.incidentId()).map(IncidentRow::callerPhone).orElse(null);
			if (phone != null) {
				body = withPhone(body, phone);
				audit.record(AuditAction.READ_UNMASKED, OBJECT_TYPE, stored.incidentId(), AuditOutcome.SUCCESS);
			}
		}
		String number = body.path("number").asString(null);
		JsonNode station = body.path("stationCode");
		return new IntakeOutcome(stored.incidentId(), number, stored.status(), true, json.writeValueAsString(body),
				station.isString() ? station.asString() : null);
	}

	private static JsonNode withPhone(JsonNode body, String phone) {
		ObjectNode copy = (ObjectNode) body.deepCopy();
		copy.put("callerPhone", phone);
		copy.put("callerPhoneMasked", false);
		return copy;
	}

	/** What the checks found: the subtype and the time the incident was reported. */
	private record Checked(IncidentSubtype subtype, Instant reportedAt) {
	}

	private Checked check(IncidentRequest request, boolean historic) {
		requireBody(request);
		List<FieldError> errors = violations(request);
		IncidentSubtype subtype = activeSubtype(request.category(), request.subtype(), errors);
		Instant now = clock.instant();
		Instant reportedAt = request.reportedAt() == null ? null : request.reportedAt().toInstant();
		if (reportedAt != null && reportedAt.isAfter(now.plus(properties.clockSkew()))) {
			errors.add(new FieldError("reportedAt", "must not be in the future"));
		}
		if (request.isBackEntry() && reportedAt == null) {
			errors.add(new FieldError("reportedAt", "is required for a back-entry (the original time)"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The incident has invalid fields.", errors);
		}
		// Stored to the microsecond, as PostgreSQL keeps it, so that the answer matches every later read.
		return new Checked(subtype, (reportedAt == null ? now : reportedAt).truncatedTo(ChronoUnit.MICROS));
	}

	private static void requireBody(Object request) {
		if (request == null) {
			throw new InvalidInputException("The request body is required.", List.of(new FieldError("body", "is required")));
		}
	}

	/** The active subtype named, or null with an error added when the category has no such active subtype. */
	private IncidentSubtype activeSubtype(IncidentCategory category, String code, List<FieldError> errors) {
		if (category == null || code == null || code.isBlank()) {
			return null;
		}
		IncidentSubtype subtype = catalogue.find(category, code.strip()).filter(IncidentSubtype::active).orElse(null);
		if (subtype == null) {
			errors.add(new FieldError("subtype", "is not a subtype of " + category));
		}
		return subtype;
	}

	private List<FieldError> violations(Object object) {
		List<FieldError> errors = new ArrayList<>();
		for (ConstraintViolation<Object> v : validator.validate(object)) {
			errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
		}
		errors.sort(Comparator.comparing(FieldError::field));
		return errors;
	}

	private IncidentRow create(IncidentRequest request, Checked checked, String number, Instant now, boolean demo) {
		double lat = request.location().lat();
		double lng = request.location().lng();
		Location place = geocoder.locate(lat, lng);
		String phone = normalisePhone(request.callerPhone());
		int priority = request.priority() != null ? request.priority() : checked.subtype().defaultPriority();
		UUID id = UUID.randomUUID();
		UUID duplicateOf = possibleDuplicate(request.category(), checked.reportedAt(), lat, lng, phone);
		IncidentRow row = new IncidentRow(id, number, IncidentStatus.NEW, request.channel(), request.category(),
				checked.subtype().code(), priority, checked.reportedAt(), now, lat, lng, blankToNull(request.location().address()),
				place.gridCode(), place.gridType(), place.stationCode(), phone, blankToNull(request.summary()),
				request.isBackEntry(), duplicateOf, false, null, null, null, null, null, null,
				(int) properties.arrivalStandard(place.gridType()).getSeconds(), null, demo, 0);
		repository.insert(row, now);
		String actor = Caller.name();
		repository.addEvent(id, "RECEIVED", IncidentStatus.NEW, checked.reportedAt(), now, actor, null,
				request.isBackEntry() ? RECEIVED_NOTE_BACK_ENTRY : null);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("number", number);
		fields.put("status", IncidentStatus.NEW.name());
		fields.put("channel", request.channel().name());
		fields.put("category", request.category().name());
		fields.put("subtype", row.subtype());
		fields.put("priority", priority);
		fields.put("reportedAt", checked.reportedAt().toString());
		fields.put("lat", lat);
		fields.put("lng", lng);
		fields.put("address", row.address());
		fields.put("gridCode", row.gridCode());
		fields.put("stationCode", row.stationCode());
		fields.put("callerPhone", phone);
		fields.put("backEntry", row.backEntry());
		fields.put("possibleDuplicateOf", duplicateOf == null ? null : duplicateOf.toString());
		if (!demo) {
			audit.record(request.isBackEntry() ? BACK_ENTRY : AuditAction.CREATE, OBJECT_TYPE, id, AuditOutcome.SUCCESS,
					ChangeSummary.builder().mask("callerPhone", Masking::phone).diff(null, fields));
		}
		events.publishEvent(new IncidentReceived(id, number, row.category(), row.subtype(), priority,
				row.stationCode(), row.reportedAt()));
		return row;
	}

	/**
	 * An open incident of the same category reported within the window and radius, or any (not merged)
	 * incident from the same caller phone within the phone window: the closest in time.
	 */
	private UUID possibleDuplicate(IncidentCategory category, Instant reportedAt, double lat, double lng, String phone) {
		CommandProperties.Duplicates rules = properties.duplicates();
		return repository.duplicateCandidates(category, reportedAt, rules.window(), lat, lng, rules.radiusMeters(),
				phone, rules.phoneWindow())
			.stream()
			.filter(c -> (phone != null && phone.equals(c.callerPhone()))
					|| (c.category() == category && c.status().isOpen()
							&& !reportedAt.isBefore(c.reportedAt().minus(rules.window()))
							&& !reportedAt.isAfter(c.reportedAt().plus(rules.window()))
							&& UnitIndex.distanceMeters(lat, lng, c.lat(), c.lng()) <= rules.radiusMeters()))
			.min(Comparator.comparing(c -> java.time.Duration.between(c.reportedAt(), reportedAt).abs()))
			.map(IncidentRepository.Candidate::id)
			.orElse(null);
	}

	static String normalisePhone(String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String digits = phone.replaceAll("[\\s\\-]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		return digits;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static String hash(Object request) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(CANONICAL.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ---- reading

	/**
	 * Refuses, as not found, an incident outside the signed-in caller's data scope (or one that does not exist);
	 * the web layer calls it before reading or changing an incident.
	 */
	@Transactional(readOnly = true)
	public void requireInScope(UUID id) {
		IncidentRow row = repository.find(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE));
		StationScope.require(row.stationCode(), OBJECT_TYPE);
	}

	/**
	 * Like {@link #requireInScope} for an incident named in a request body (a merge target): one that does not exist
	 * is left to the change's own validation (400), one outside the caller's scope is not found (404).
	 */
	@Transactional(readOnly = true)
	public void requireInScopeIfPresent(UUID id) {
		if (id != null) {
			repository.find(id).ifPresent(row -> StationScope.require(row.stationCode(), OBJECT_TYPE));
		}
	}

	/** The incident with timeline and assignments; an unmasked phone read is audited. */
	@Transactional
	public Incident get(UUID id) {
		IncidentRow row = repository.find(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE));
		boolean unmask = Caller.mayUnmask();
		if (unmask && row.callerPhone() != null) {
			audit.record(AuditAction.READ_UNMASKED, OBJECT_TYPE, id, AuditOutcome.SUCCESS);
		}
		return views.detail(row, unmask);
	}

	/** One page of incidents matching the filter, latest reported first (phones masked). */
	@Transactional(readOnly = true)
	public IncidentPage list(IncidentFilter filter, int page, int size) {
		List<FieldError> errors = new ArrayList<>();
		if (page < 0) {
			errors.add(new FieldError("page", "must be 0 or more"));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			errors.add(new FieldError("size", "must be between 1 and " + MAX_PAGE_SIZE));
		}
		if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
			errors.add(new FieldError("to", "must not be before from"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Invalid list parameters.", errors);
		}
		List<IncidentListItem> items = repository.page(filter, page, size).stream().map(views::item).toList();
		return new IncidentPage(items, page, size, repository.count(filter));
	}

	/** The open incidents, most urgent and then oldest first (for the board). */
	@Transactional(readOnly = true)
	public List<IncidentListItem> open(int limit) {
		return repository.open(limit).stream().map(views::item).toList();
	}

	/** Premise history: the caller's other incidents and those reported near the place, each in the last year. */
	@Transactional(readOnly = true)
	public PremiseHistory history(UUID id) {
		IncidentRow row = repository.find(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE));
		Instant since = row.reportedAt().minus(java.time.Duration.ofDays(365));
		List<IncidentListItem> caller = row.callerPhone() == null ? List.of()
				: repository.byPhone(row.callerPhone(), since, 20).stream().filter(i -> !i.id().equals(id)).map(views::item).toList();
		List<IncidentListItem> nearby = repository.near(row.lat(), row.lng(), HISTORY_RADIUS_METERS, since, 50)
			.stream()
			.filter(i -> !i.id().equals(id))
			.filter(i -> UnitIndex.distanceMeters(row.lat(), row.lng(), i.lat(), i.lng()) <= HISTORY_RADIUS_METERS)
			.limit(20)
			.map(views::item)
			.toList();
		return new PremiseHistory(caller, nearby);
	}

	// ---- reclassification

	/** Changes the category and subtype (and optionally the priority) with a reason; audited and kept as history. */
	@Transactional
	public Incident reclassify(UUID id, ReclassifyRequest request) {
		requireBody(request);
		List<FieldError> errors = violations(request);
		IncidentSubtype subtype = activeSubtype(request.category(), request.subtype(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The reclassification has invalid fields.", errors);
		}
		IncidentRow row = repository.lock(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE));
		if (row.status() == IncidentStatus.MERGED) {
			throw new ConflictException("A merged incident cannot be reclassified.");
		}
		int priority = request.priority() != null ? request.priority() : row.priority();
		if (row.category() == request.category() && row.subtype().equals(subtype.code()) && row.priority() == priority) {
			throw new ConflictException("The incident is already classified so.");
		}
		Instant now = clock.instant();
		String actor = Caller.name();
		String reason = request.reason().strip();
		repository.reclassify(id, request.category(), subtype.code(), priority, now);
		repository.addReclassification(id, row, request.category(), subtype.code(), priority, reason, now, actor);
		repository.addEvent(id, "RECLASSIFIED", row.status(), now, now, actor, null,
				row.category() + "/" + row.subtype() + " → " + request.category() + "/" + subtype.code() + ": " + reason);
		audit.record(AuditEvent.of(RECLASSIFY, OBJECT_TYPE, id, AuditOutcome.SUCCESS)
			.withChanges(ChangeSummary.builder()
				.change("category", row.category().name(), request.category().name())
				.change("subtype", row.subtype(), subtype.code())
				.change("priority", row.priority(), priority)
				.change("reason", null, reason)
				.build()));
		events.publishEvent(new org.shouwang.platform.indicators.IndicatorRecordChanged(IncidentIndicators.RECORD_TYPE, id));
		return detailAfterChange(id);
	}

	// ---- duplicates

	/** Closes the incident as a duplicate merged into another; both stay, linked. Only a NEW incident can be merged. */
	@Transactional
	public Incident merge(UUID id, UUID into) {
		if (into == null) {
			throw new InvalidInputException("into", "is required");
		}
		if (into.equals(id)) {
			throw new InvalidInputException("into", "must be another incident");
		}
		// Lock both in a fixed order so that two opposite merges cannot deadlock.
		IncidentRow first = repository.lock(id.compareTo(into) < 0 ? id : into).orElse(null);
		IncidentRow second = repository.lock(id.compareTo(into) < 0 ? into : id).orElse(null);
		IncidentRow row = first != null && first.id().equals(id) ? first : second;
		IncidentRow target = first != null && first.id().equals(into) ? first : second;
		if (row == null || !row.id().equals(id)) {
			throw new NotFoundException(OBJECT_TYPE);
		}
		if (target == null || !target.id().equals(into)) {
			throw new InvalidInputException("into", "no such incident");
		}
		if (row.status() != IncidentStatus.NEW) {
			throw new ConflictException("Only a NEW incident (no unit sent) can be merged; it is " + row.status() + ".");
		}
		if (target.status() == IncidentStatus.MERGED) {
			throw new ConflictException("The target incident is itself merged into another.");
		}
		Instant now = clock.instant();
		repository.merge(id, into, now);
		repository.addEvent(id, "MERGED", IncidentStatus.MERGED, now, now, Caller.name(), null, "→ " + target.number());
		audit.record(AuditAction.UPDATE, OBJECT_TYPE, id, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("status", row.status().name(), IncidentStatus.MERGED.name())
			.change("mergedInto", null, into.toString())
			.build());
		events.publishEvent(new org.shouwang.platform.indicators.IndicatorRecordChanged(IncidentIndicators.RECORD_TYPE, id));
		return detailAfterChange(id);
	}

	/** Clears the possible-duplicate flag: the dispatcher judged the incident to be a separate one. */
	@Transactional
	public Incident dismissDuplicate(UUID id) {
		IncidentRow row = repository.lock(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE));
		if (row.possibleDuplicateOf() == null) {
			throw new ConflictException("The incident is not flagged as a possible duplicate.");
		}
		Instant now = clock.instant();
		repository.dismissDuplicate(id, now);
		repository.addEvent(id, "DUPLICATE_DISMISSED", row.status(), now, now, Caller.name(), null, null);
		audit.record(AuditAction.UPDATE, OBJECT_TYPE, id, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("possibleDuplicateOf", row.possibleDuplicateOf().toString(), null)
			.change("duplicateDismissed", false, true)
			.build());
		return detailAfterChange(id);
	}

	private Incident detailAfterChange(UUID id) {
		IncidentRow row = repository.find(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE));
		boolean unmask = Caller.mayUnmask();
		if (unmask && row.callerPhone() != null) {
			audit.record(AuditAction.READ_UNMASKED, OBJECT_TYPE, id, AuditOutcome.SUCCESS);
		}
		return views.detail(row, unmask);
	}
}
