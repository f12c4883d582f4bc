package org.shouwang.command;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.shouwang.geography.GridType;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

/**
 * The incident (警情) aggregate: its state changes only through the methods below, each guarding its rule and
 * registering the past-tense event that says what happened. {@link Incidents} and {@link Dispatch} load it
 * (locked), call one method, store it and publish the events it registered, in one transaction.
 * <p>
 * The life: NEW → DISPATCHED → (EN_ROUTE →) ON_SCENE → CLEARED; a NEW one may instead be MERGED into another.
 * The arrival standard (reported → on scene within the standard of the incident's grid type) is decided here,
 * in {@link #arrivedWithin}, for the live incidents and for the imported history alike.
 */
final class Incident {

	private final UUID id;

	private final String number;

	private final IncidentChannel channel;

	private final Instant reportedAt;

	private final Instant receivedAt;

	private final double lat;

	private final double lng;

	private final String address;

	private final String gridCode;

	private final GridType gridType;

	private final String stationCode;

	private final String callerPhone;

	private final String summary;

	private final boolean backEntry;

	private final Integer arrivalStandardSeconds;

	private final boolean demo;

	private final long version;

	private IncidentStatus status;

	private IncidentCategory category;

	private String subtype;

	private int priority;

	private UUID possibleDuplicateOf;

	private boolean duplicateDismissed;

	private UUID mergedInto;

	private Instant firstDispatchedAt;

	private Instant onSceneAt;

	private Instant clearedAt;

	private Disposition disposition;

	private String dispositionNote;

	private Boolean arrivalWithinStandard;

	private final List<Object> events = new ArrayList<>();

	private Incident(IncidentRow row) {
		this.id = row.id();
		this.number = row.number();
		this.status = row.status();
		this.channel = row.channel();
		this.category = row.category();
		this.subtype = row.subtype();
		this.priority = row.priority();
		this.reportedAt = row.reportedAt();
		this.receivedAt = row.receivedAt();
		this.lat = row.lat();
		this.lng = row.lng();
		this.address = row.address();
		this.gridCode = row.gridCode();
		this.gridType = row.gridType();
		this.stationCode = row.stationCode();
		this.callerPhone = row.callerPhone();
		this.summary = row.summary();
		this.backEntry = row.backEntry();
		this.possibleDuplicateOf = row.possibleDuplicateOf();
		this.duplicateDismissed = row.duplicateDismissed();
		this.mergedInto = row.mergedInto();
		this.firstDispatchedAt = row.firstDispatchedAt();
		this.onSceneAt = row.onSceneAt();
		this.clearedAt = row.clearedAt();
		this.disposition = row.disposition();
		this.dispositionNote = row.dispositionNote();
		this.arrivalStandardSeconds = row.arrivalStandardSeconds();
		this.arrivalWithinStandard = row.arrivalWithinStandard();
		this.demo = row.demo();
		this.version = row.version();
	}

	/** The aggregate of a stored incident. */
	static Incident of(IncidentRow row) {
		return new Incident(row);
	}

	/** What an intake knows of a new incident once it is checked and placed. */
	record Intake(UUID id, String number, IncidentChannel channel, IncidentSubtype subtype, int priority,
			Instant reportedAt, Instant receivedAt, double lat, double lng, String address, String gridCode,
			GridType gridType, String stationCode, String callerPhone, String summary, boolean backEntry,
			UUID possibleDuplicateOf, Duration arrivalStandard, boolean demo) {
	}

	/** A new incident, NEW, registering {@link IncidentReceived}. */
	static Incident receive(Intake in) {
		Integer standard = in.arrivalStandard() == null ? null : (int) in.arrivalStandard().getSeconds();
		Incident incident = new Incident(new IncidentRow(in.id(), in.number(), IncidentStatus.NEW, in.channel(),
				in.subtype().category(), in.subtype().code(), in.priority(), in.reportedAt(), in.receivedAt(), in.lat(),
				in.lng(), in.address(), in.gridCode(), in.gridType(), in.stationCode(), in.callerPhone(), in.summary(),
				in.backEntry(), in.possibleDuplicateOf(), false, null, null, null, null, null, null, standard, null,
				in.demo(), 0));
		incident.register(new IncidentReceived(in.id(), in.number(), in.channel(), incident.category, incident.subtype,
				in.priority(), in.stationCode(), in.gridCode(), in.lat(), in.lng(), in.reportedAt(), in.backEntry(),
				in.possibleDuplicateOf()));
		return incident;
	}

	// ---- the arrival standard, in one place

	/**
	 * Whether an incident reported at {@code reportedAt} and reached at {@code onSceneAt} kept an arrival standard
	 * of {@code standardSeconds}; null when it is held to none.
	 */
	static Boolean arrivedWithin(Instant reportedAt, Instant onSceneAt, Integer standardSeconds) {
		if (standardSeconds == null) {
			return null;
		}
		return Duration.between(reportedAt, onSceneAt).getSeconds() <= standardSeconds;
	}

	// ---- dispatch and progress

	/** A unit is sent: NEW becomes DISPATCHED (a later unit leaves the status); refused once the incident is closed. */
	void dispatch(long unitId, Instant at) {
		if (!status.isOpen()) {
			throw new ConflictException("The incident is " + status + "; no unit can be sent.");
		}
		boolean first = firstDispatchedAt == null;
		if (status == IncidentStatus.NEW) {
			status = IncidentStatus.DISPATCHED;
		}
		if (first) {
			firstDispatchedAt = at;
		}
		register(new IncidentDispatched(id, number, category, subtype, stationCode, gridCode, unitId, reportedAt, at,
				first));
	}

	/** The units are on their way: only from DISPATCHED. */
	void enRoute(Instant at) {
		requireProgress(ProgressStatus.EN_ROUTE);
		status = IncidentStatus.EN_ROUTE;
		register(new IncidentEnRoute(id, number, stationCode, gridCode, at));
	}

	/** The units reached the scene: from DISPATCHED or EN_ROUTE; decides whether the arrival kept the standard. */
	void arrive(Instant at) {
		requireProgress(ProgressStatus.ON_SCENE);
		status = IncidentStatus.ON_SCENE;
		onSceneAt = at;
		arrivalWithinStandard = arrivedWithin(reportedAt, at, arrivalStandardSeconds);
		register(new IncidentArrived(id, number, category, subtype, stationCode, gridCode, reportedAt, at,
				arrivalStandardSeconds, arrivalWithinStandard));
	}

	/**
	 * The incident is handled: only from ON_SCENE, with a disposition that fits its category (or none). Registers
	 * {@link IncidentCleared} and, for a case opened, {@link CriminalCaseOpened}.
	 */
	void clear(Instant at, Disposition disposition, String note) {
		if (disposition != null && !disposition.fits(category)) {
			throw new InvalidInputException("disposition", "does not fit an incident of category " + category);
		}
		requireProgress(ProgressStatus.CLEARED);
		status = IncidentStatus.CLEARED;
		clearedAt = at;
		this.disposition = disposition;
		this.dispositionNote = note;
		register(new IncidentCleared(id, number, category, subtype, disposition, stationCode, gridCode, reportedAt, at));
		if (disposition == Disposition.CASE_OPENED) {
			register(new CriminalCaseOpened(id, number, category, subtype, stationCode, gridCode, lat, lng, address,
					summary, reportedAt, at));
		}
	}

	/** Whether the incident may move on to {@code to} now. */
	boolean canBecome(ProgressStatus to) {
		return canMove(status, to);
	}

	/** The legal moves of an incident's progress (also for pages that offer only the legal buttons). */
	static boolean canMove(IncidentStatus from, ProgressStatus to) {
		return switch (to) {
			case EN_ROUTE -> from == IncidentStatus.DISPATCHED;
			case ON_SCENE -> from == IncidentStatus.DISPATCHED || from == IncidentStatus.EN_ROUTE;
			case CLEARED -> from == IncidentStatus.ON_SCENE;
		};
	}

	private void requireProgress(ProgressStatus to) {
		if (!canBecome(to)) {
			throw new ConflictException("An incident that is " + status + " cannot become " + to + ".");
		}
	}

	// ---- classification and duplicates

	/**
	 * Changes category, subtype and priority (the subtype's default priority when none is given) for a reason;
	 * refused for a merged incident or when nothing changes.
	 */
	IncidentReclassified reclassify(IncidentSubtype to, Integer newPriority, String reason, Instant at) {
		if (status == IncidentStatus.MERGED) {
			throw new ConflictException("A merged incident cannot be reclassified.");
		}
		int target = newPriority != null ? newPriority : priority;
		if (category == to.category() && subtype.equals(to.code()) && priority == target) {
			throw new ConflictException("The incident is already classified so.");
		}
		IncidentReclassified event = new IncidentReclassified(id, number, category, subtype, priority, to.category(),
				to.code(), target, reason, stationCode, gridCode, reportedAt, at);
		category = to.category();
		subtype = to.code();
		priority = target;
		register(event);
		return event;
	}

	/** Closes this NEW incident as a duplicate of {@code target} (another one, not itself merged). */
	void mergeInto(Incident target, Instant at) {
		if (target.id.equals(id)) {
			throw new InvalidInputException("into", "must be another incident");
		}
		if (status != IncidentStatus.NEW) {
			throw new ConflictException("Only a NEW incident (no unit sent) can be merged; it is " + status + ".");
		}
		if (target.status == IncidentStatus.MERGED) {
			throw new ConflictException("The target incident is itself merged into another.");
		}
		status = IncidentStatus.MERGED;
		mergedInto = target.id;
		clearedAt = at;
		register(new IncidentMerged(id, number, target.id, target.number, category, subtype, stationCode, gridCode,
				reportedAt, at));
	}

	/** The dispatcher judged the incident a separate one: clears the possible-duplicate flag; returns the former one. */
	UUID dismissDuplicate() {
		if (possibleDuplicateOf == null) {
			throw new ConflictException("The incident is not flagged as a possible duplicate.");
		}
		UUID former = possibleDuplicateOf;
		possibleDuplicateOf = null;
		duplicateDismissed = true;
		return former;
	}

	// ---- events and state

	private void register(Object event) {
		events.add(event);
	}

	/** The events registered since the last call, to publish when the change is stored. */
	List<Object> pullEvents() {
		List<Object> pulled = List.copyOf(events);
		events.clear();
		return pulled;
	}

	/** The state as stored. */
	IncidentRow row() {
		return new IncidentRow(id, number, status, channel, category, subtype, priority, reportedAt, receivedAt, lat,
				lng, address, gridCode, gridType, stationCode, callerPhone, summary, backEntry, possibleDuplicateOf,
				duplicateDismissed, mergedInto, firstDispatchedAt, onSceneAt, clearedAt, disposition, dispositionNote,
				arrivalStandardSeconds, arrivalWithinStandard, demo, version);
	}

	UUID id() {
		return id;
	}

	String number() {
		return number;
	}

	IncidentStatus status() {
		return status;
	}

	IncidentCategory category() {
		return category;
	}

	String subtype() {
		return subtype;
	}

	int priority() {
		return priority;
	}

	String stationCode() {
		return stationCode;
	}

	Instant reportedAt() {
		return reportedAt;
	}

	double lat() {
		return lat;
	}

	double lng() {
		return lng;
	}
}
