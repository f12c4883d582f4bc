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
import org.shouwang.platform.Page;
import org.shouwang.platform.geo.Geodesy;
import org.shouwang.security.DataScope;
import org.shouwang.security.SystemActor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
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
		Checked checked = check(request);
		String hash = hash(request);
		Optional<IncidentRepository.StoredIntake> earlier = repository.findIntake(idempotencyKey);
		if (earlier.isPresent()) {
			return receiptOutsideScope(transactions.execute(status -> replayOrRefuse(earlier.get(), hash)));
		}
		String number = numbers.next(day(checked));
		return transactions.execute(status -> {
			Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
			if (!repository.claimKey(idempotencyKey, hash, now)) {
				IncidentRepository.StoredIntake stored = repository.findIntake(idempotencyKey)
					.orElseThrow(() -> new IllegalStateException("Idempotency-Key vanished: " + idempotencyKey));
				return receiptOutsideScope(replayOrRefuse(stored, hash));
			}
			IncidentRow row = create(request, checked, number, now);
			// Stored masked for replays; the answer is written once more, unmasked, only for holders of pii:unmask.
			String actor = Caller.name();
			String masked = json.writeValueAsString(views.created(row, actor, now, false));
			repository.completeIntake(idempotencyKey, row.id(), 201, masked);
			String body = Caller.mayUnmask() && row.callerPhone() != null
					? json.writeValueAsString(views.created(row, actor, now, true)) : masked;
			return receiptOutsideScope(new IntakeOutcome(row.id(), row.number(), 201, false, body, row.stationCode()));
		});
	}

	/**
	 * A call may come from anywhere, but a station user sees only their station's incidents: for an incident
	 * outside the caller's scope the answer is a receipt (id and number) only.
	 */
	private static IntakeOutcome receiptOutsideScope(IntakeOutcome outcome) {
		if (outcome.status() >= 300 || DataScope.current().permits(outcome.stationCode())) {
			return outcome;
		}
		String receipt = JsonNodeFactory.instance.objectNode()
			.put("id", outcome.incidentId().toString())
			.put("number", outcome.number())
			.toString();
		return new IntakeOutcome(outcome.incidentId(), outcome.number(), outcome.status(), outcome.replayed(), receipt,
				outcome.stationCode(), false);
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

	/**
	 * Takes in an incident without an Idempotency-Key (for other modules and the demo district), audited like
	 * every intake; the demo district's incidents are marked as such by their actor ({@link SystemActor#DEMO}).
	 */
	@Transactional
	public IncidentDetail create(IncidentRequest request) {
		Checked checked = check(request);
		IncidentRow row = create(request, checked, numbers.nextInCurrentTransaction(day(checked)),
				clock.instant().truncatedTo(ChronoUnit.MICROS));
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

	private Checked check(IncidentRequest request) {
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

	private IncidentRow create(IncidentRequest request, Checked checked, String number, Instant now) {
		double lat = request.location().lat();
		double lng = request.location().lng();
		Location place = geocoder.locate(lat, lng);
		String phone = normalisePhone(request.callerPhone());
		int priority = request.priority() != null ? request.priority() : checked.subtype().defaultPriority();
		UUID duplicateOf = possibleDuplicate(request.category(), checked.reportedAt(), lat, lng, phone);
		Incident incident = Incident.receive(new Incident.Intake(UUID.randomUUID(), number, request.channel(),
				checked.subtype(), priority, checked.reportedAt(), now, lat, lng, blankToNull(request.location().address()),
				place.gridCode(), place.gridType(), place.stationCode(), phone, blankToNull(request.summary()),
				request.isBackEntry(), duplicateOf, properties.arrivalStandard(place.gridType()), SystemActor.isDemo()));
		IncidentRow row = incident.row();
		repository.insert(row, now);
		repository.addEvent(row.id(), "RECEIVED", IncidentStatus.NEW, checked.reportedAt(), now, Caller.name(), null,
				request.isBackEntry() ? RECEIVED_NOTE_BACK_ENTRY : null);
		audit.record(request.isBackEntry() ? BACK_ENTRY : AuditAction.CREATE, OBJECT_TYPE, row.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder().mask("callerPhone", Masking::phone).diff(null, createdFields(row)));
		incident.pullEvents().forEach(events::publishEvent);
		return row;
	}

	/** The fields of a new incident as its creation audit entry names them (the phone masked by the summary). */
	static Map<String, Object> createdFields(IncidentRow row) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("number", row.number());
		fields.put("status", row.status().name());
		fields.put("channel", row.channel().name());
		fields.put("category", row.category().name());
		fields.put("subtype", row.subtype());
		fields.put("priority", row.priority());
		fields.put("reportedAt", row.reportedAt().toString());
		fields.put("lat", row.lat());
		fields.put("lng", row.lng());
		fields.put("address", row.address());
		fields.put("gridCode", row.gridCode());
		fields.put("stationCode", row.stationCode());
		fields.put("callerPhone", row.callerPhone());
		fields.put("backEntry", row.backEntry());
		fields.put("possibleDuplicateOf", row.possibleDuplicateOf() == null ? null : row.possibleDuplicateOf().toString());
		return fields;
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
							&& Geodesy.meters(lat, lng, c.lat(), c.lng()) <= rules.radiusMeters()))
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

	/** The incident in the caller's data scope ({@link DataScope#current()}); 404 outside it or when there is none. */
	private IncidentRow findInScope(UUID id) {
		return repository.findInScope(id, DataScope.current()).orElseThrow(() -> new NotFoundException(OBJECT_TYPE));
	}

	/** The incident with timeline and assignments; an unmasked phone read is audited. 404 outside the caller's scope. */
	@Transactional
	public IncidentDetail get(UUID id) {
		IncidentRow row = findInScope(id);
		boolean unmask = Caller.mayUnmask();
		if (unmask && row.callerPhone() != null) {
			audit.record(AuditAction.READ_UNMASKED, OBJECT_TYPE, id, AuditOutcome.SUCCESS);
		}
		return views.detail(row, unmask);
	}

	/**
	 * One page of incidents matching the filter in the caller's scope, latest reported first (phones masked). A
	 * station user asking for another station's incidents gets an empty page.
	 */
	@Transactional(readOnly = true)
	public Page<IncidentListItem> list(IncidentFilter filter, int page, int size) {
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
		DataScope scope = DataScope.current();
		List<IncidentListItem> items = repository.page(filter, scope, page, size).stream().map(views::item).toList();
		return new Page<>(items, page, size, repository.count(filter, scope));
	}

	/** The open incidents in the caller's scope, most urgent and then oldest first (for the board). */
	@Transactional(readOnly = true)
	public List<IncidentListItem> open(int limit) {
		return repository.open(limit, DataScope.current()).stream().map(views::item).toList();
	}

	/**
	 * Premise history: the caller's other incidents and those reported near the place, each in the last year, all
	 * in the reader's scope.
	 */
	@Transactional(readOnly = true)
	public PremiseHistory history(UUID id) {
		IncidentRow row = findInScope(id);
		DataScope scope = DataScope.current();
		Instant since = row.reportedAt().minus(java.time.Duration.ofDays(365));
		List<IncidentListItem> caller = row.callerPhone() == null ? List.of()
				: repository.byPhone(row.callerPhone(), since, 20, scope).stream().filter(i -> !i.id().equals(id))
					.map(views::item).toList();
		List<IncidentListItem> nearby = repository.near(row.lat(), row.lng(), HISTORY_RADIUS_METERS, since, 50, scope)
			.stream()
			.filter(i -> !i.id().equals(id))
			.filter(i -> Geodesy.meters(row.lat(), row.lng(), i.lat(), i.lng()) <= HISTORY_RADIUS_METERS)
			.limit(20)
			.map(views::item)
			.toList();
		return new PremiseHistory(caller, nearby);
	}

	// ---- reclassification

	/** Changes the category and subtype (and optionally the priority) with a reason; audited and kept as history. */
	@Transactional
	public IncidentDetail reclassify(UUID id, ReclassifyRequest request) {
		Incident incident = repository.lockInScope(id, DataScope.current());
		requireBody(request);
		List<FieldError> errors = violations(request);
		IncidentSubtype subtype = activeSubtype(request.category(), request.subtype(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The reclassification has invalid fields.", errors);
		}
		Instant now = clock.instant();
		String actor = Caller.name();
		IncidentReclassified change = incident.reclassify(subtype, request.priority(), request.reason().strip(), now);
		repository.update(incident, now);
		repository.addReclassification(change, now, actor);
		repository.addEvent(id, "RECLASSIFIED", incident.status(), now, now, actor, null,
				change.fromCategory() + "/" + change.fromSubtype() + " → " + change.toCategory() + "/" + change.toSubtype()
						+ ": " + change.reason());
		audit.record(AuditEvent.of(RECLASSIFY, OBJECT_TYPE, id, AuditOutcome.SUCCESS)
			.withChanges(ChangeSummary.builder()
				.change("category", change.fromCategory().name(), change.toCategory().name())
				.change("subtype", change.fromSubtype(), change.toSubtype())
				.change("priority", change.fromPriority(), change.toPriority())
				.change("reason", null, change.reason())
				.build()));
		incident.pullEvents().forEach(events::publishEvent);
		return detailAfterChange(id);
	}

	// ---- duplicates

	/**
	 * Closes the incident as a duplicate merged into another; both stay, linked. Only a NEW incident can be merged;
	 * either incident outside the caller's scope is not found.
	 */
	@Transactional
	public IncidentDetail merge(UUID id, UUID into) {
		DataScope scope = DataScope.current();
		findInScope(id);
		if (into != null) {
			// a target that does not exist is the request's error (400), one outside the scope is not found (404)
			repository.find(into).ifPresent(target -> scope.require(target.stationCode(), OBJECT_TYPE));
		}
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
		IncidentRow targetRow = first != null && first.id().equals(into) ? first : second;
		if (row == null || !row.id().equals(id)) {
			throw new NotFoundException(OBJECT_TYPE);
		}
		if (targetRow == null || !targetRow.id().equals(into)) {
			throw new InvalidInputException("into", "no such incident");
		}
		Incident incident = Incident.of(row);
		Incident target = Incident.of(targetRow);
		Instant now = clock.instant();
		incident.mergeInto(target, now);
		repository.update(incident, now);
		repository.addEvent(id, "MERGED", IncidentStatus.MERGED, now, now, Caller.name(), null, "→ " + target.number());
		audit.record(AuditAction.UPDATE, OBJECT_TYPE, id, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("status", row.status().name(), IncidentStatus.MERGED.name())
			.change("mergedInto", null, into.toString())
			.build());
		incident.pullEvents().forEach(events::publishEvent);
		return detailAfterChange(id);
	}

	/** Clears the possible-duplicate flag: the dispatcher judged the incident to be a separate one. */
	@Transactional
	public IncidentDetail dismissDuplicate(UUID id) {
		Incident incident = repository.lockInScope(id, DataScope.current());
		UUID former = incident.dismissDuplicate();
		Instant now = clock.instant();
		repository.update(incident, now);
		repository.addEvent(id, "DUPLICATE_DISMISSED", incident.status(), now, now, Caller.name(), null, null);
		audit.record(AuditAction.UPDATE, OBJECT_TYPE, id, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("possibleDuplicateOf", former.toString(), null)
			.change("duplicateDismissed", false, true)
			.build());
		return detailAfterChange(id);
	}

	private IncidentDetail detailAfterChange(UUID id) {
		IncidentRow row = repository.find(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE));
		boolean unmask = Caller.mayUnmask();
		if (unmask && row.callerPhone() != null) {
			audit.record(AuditAction.READ_UNMASKED, OBJECT_TYPE, id, AuditOutcome.SUCCESS);
		}
		return views.detail(row, unmask);
	}
}
