package org.shouwang.hazards.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.shouwang.hazards.Hazard;
import org.shouwang.hazards.HazardCategory;
import org.shouwang.hazards.HazardEscalated;
import org.shouwang.hazards.HazardRectificationOrdered;
import org.shouwang.hazards.HazardRectified;
import org.shouwang.hazards.HazardSeverity;
import org.shouwang.hazards.HazardSource;
import org.shouwang.hazards.HazardStatus;
import org.shouwang.hazards.HazardVerified;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

/**
 * The hazard aggregate: its state changes only through {@link #orderRectification}, {@link #markRectified},
 * {@link #verify} and {@link #escalate}, each guarding the lifecycle (an illegal step is a
 * {@link ConflictException}, 409, and changes nothing) and registering its past-tense event.
 */
public final class HazardRecord {

	final UUID id;

	final String number;

	final HazardSource source;

	final String sourceReference;

	final HazardCategory category;

	final HazardSeverity severity;

	final String place;

	final Double lat;

	final Double lng;

	final String gridCode;

	final String stationCode;

	final String description;

	final LocalDate foundOn;

	final String foundBy;

	final boolean demo;

	final boolean hasPhoto;

	HazardStatus status;

	LocalDate deadline;

	String responsibleParty;

	Instant orderedAt;

	LocalDate rectifiedOn;

	String rectificationNote;

	LocalDate verifiedOn;

	String verifiedBy;

	String verificationNote;

	Instant escalatedAt;

	int version;

	private final List<Object> events = new ArrayList<>();

	HazardRecord(UUID id, String number, HazardSource source, String sourceReference, HazardCategory category,
			HazardSeverity severity, String place, Double lat, Double lng, String gridCode, String stationCode,
			String description, LocalDate foundOn, String foundBy, boolean demo, boolean hasPhoto, HazardStatus status,
			int version) {
		this.id = id;
		this.number = number;
		this.source = source;
		this.sourceReference = sourceReference;
		this.category = category;
		this.severity = severity;
		this.place = place;
		this.lat = lat;
		this.lng = lng;
		this.gridCode = gridCode;
		this.stationCode = stationCode;
		this.description = description;
		this.foundOn = foundOn;
		this.foundBy = foundBy;
		this.demo = demo;
		this.hasPhoto = hasPhoto;
		this.status = status;
		this.version = version;
	}

	/** A newly found hazard. */
	public static HazardRecord found(UUID id, String number, HazardSource source, String sourceReference,
			HazardCategory category, HazardSeverity severity, String place, Double lat, Double lng, String gridCode,
			String stationCode, String description, LocalDate foundOn, String foundBy, boolean demo) {
		return new HazardRecord(id, number, source, sourceReference, category, severity, place, lat, lng, gridCode,
				stationCode, description, foundOn, foundBy, demo, false, HazardStatus.FOUND, 0);
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public String stationCode() {
		return stationCode;
	}

	public HazardStatus status() {
		return status;
	}

	public LocalDate deadline() {
		return deadline;
	}

	/** 责令整改: orders the responsible party to rectify the hazard by the deadline (only a hazard just found). */
	public void orderRectification(LocalDate deadline, String responsibleParty, Instant now) {
		if (status != HazardStatus.FOUND) {
			throw new ConflictException("Hazard " + number + " is " + status + ": its rectification was already ordered");
		}
		if (deadline == null) {
			throw new InvalidInputException("deadline", "is required");
		}
		if (deadline.isBefore(foundOn)) {
			throw new InvalidInputException("deadline", "must not be before the day the hazard was found (" + foundOn + ")");
		}
		if (responsibleParty == null || responsibleParty.isBlank()) {
			throw new InvalidInputException("responsibleParty", "is required: who must rectify the hazard");
		}
		if (responsibleParty.strip().length() > 200) {
			throw new InvalidInputException("responsibleParty", "must not be longer than 200 characters");
		}
		this.status = HazardStatus.RECTIFICATION_ORDERED;
		this.deadline = deadline;
		this.responsibleParty = responsibleParty.strip();
		this.orderedAt = now;
		events.add(new HazardRectificationOrdered(id, number, stationCode, source, sourceReference, deadline));
	}

	/** 整改完成: the responsible party has rectified it (only after the rectification was ordered), with evidence. */
	public void markRectified(LocalDate on, String evidence, LocalDate today) {
		if (status != HazardStatus.RECTIFICATION_ORDERED) {
			throw new ConflictException("Hazard " + number + " is " + status
					+ (status == HazardStatus.FOUND ? ": order its rectification first" : ": it was already rectified"));
		}
		LocalDate day = on == null ? today : on;
		if (day.isBefore(foundOn) || day.isAfter(today)) {
			throw new InvalidInputException("rectifiedOn", "must lie between the day the hazard was found and today");
		}
		if (evidence == null || evidence.isBlank()) {
			throw new InvalidInputException("evidence", "is required: what was done");
		}
		if (evidence.strip().length() > 2000) {
			throw new InvalidInputException("evidence", "must not be longer than 2000 characters");
		}
		this.status = HazardStatus.RECTIFIED;
		this.rectifiedOn = day;
		this.rectificationNote = evidence.strip();
		events.add(new HazardRectified(id, number, stationCode, source, sourceReference));
	}

	/** 复核: an officer confirms the rectification (only of a rectified hazard); the hazard is closed. */
	public void verify(String officer, String note, LocalDate today) {
		if (status != HazardStatus.RECTIFIED) {
			throw new ConflictException("Hazard " + number + " is " + status
					+ (status == HazardStatus.VERIFIED ? ": it was already verified" : ": it cannot be verified before it is rectified"));
		}
		if (note != null && note.strip().length() > 2000) {
			throw new InvalidInputException("note", "must not be longer than 2000 characters");
		}
		this.status = HazardStatus.VERIFIED;
		this.verifiedOn = today.isBefore(rectifiedOn) ? rectifiedOn : today;
		this.verifiedBy = officer;
		this.verificationNote = note == null || note.isBlank() ? null : note.strip();
		events.add(new HazardVerified(id, number, stationCode, source, sourceReference));
	}

	/** True when the hazard is still open and its deadline has passed. */
	public boolean overdueOn(LocalDate today) {
		return status.open() && deadline != null && deadline.isBefore(today);
	}

	/** 督办: escalates an overdue hazard to the station chief, once. */
	public void escalate(LocalDate today, Instant now) {
		if (!overdueOn(today)) {
			throw new ConflictException("Hazard " + number + " is not overdue");
		}
		if (escalatedAt != null) {
			throw new ConflictException("Hazard " + number + " was already escalated");
		}
		this.escalatedAt = now;
		events.add(new HazardEscalated(id, number, stationCode, source, sourceReference, deadline));
	}

	/**
	 * A hazard of the past with its whole lifecycle as it happened (bulk import): each later date needs the
	 * earlier step and may not precede it; {@code today} bounds every date.
	 */
	public static HazardRecord historical(UUID id, String number, org.shouwang.hazards.HistoricalHazard h,
			String gridCode, String stationCode, String place, String description, LocalDate today, String prefix,
			List<InvalidInputException.FieldError> errors) {
		int before = errors.size();
		if (h.foundOn().isAfter(today)) {
			errors.add(new InvalidInputException.FieldError(prefix + "foundOn", "must not be in the future"));
		}
		if (h.deadline() != null && h.deadline().isBefore(h.foundOn())) {
			errors.add(new InvalidInputException.FieldError(prefix + "deadline", "must not be before foundOn"));
		}
		if (h.rectifiedOn() != null && (h.deadline() == null || h.rectifiedOn().isBefore(h.foundOn())
				|| h.rectifiedOn().isAfter(today))) {
			errors.add(new InvalidInputException.FieldError(prefix + "rectifiedOn",
					"needs a deadline and must lie between foundOn and today"));
		}
		if (h.verifiedOn() != null && (h.rectifiedOn() == null || h.verifiedOn().isBefore(h.rectifiedOn())
				|| h.verifiedOn().isAfter(today))) {
			errors.add(new InvalidInputException.FieldError(prefix + "verifiedOn",
					"needs a rectification and must lie between rectifiedOn and today"));
		}
		if (h.deadline() != null && (h.responsibleParty() == null || h.responsibleParty().isBlank())) {
			errors.add(new InvalidInputException.FieldError(prefix + "responsibleParty", "is required with a deadline"));
		}
		if (errors.size() > before) {
			return null;
		}
		HazardStatus status = h.verifiedOn() != null ? HazardStatus.VERIFIED : h.rectifiedOn() != null
				? HazardStatus.RECTIFIED : h.deadline() != null ? HazardStatus.RECTIFICATION_ORDERED : HazardStatus.FOUND;
		HazardRecord r = new HazardRecord(id, number, h.source(), blank(h.sourceReference()), h.category(),
				h.severity(), place, h.lat(), h.lng(), gridCode, stationCode, description, h.foundOn(),
				h.foundBy() == null || h.foundBy().isBlank() ? "import" : h.foundBy().strip(), h.demo(), false, status, 0);
		r.deadline = h.deadline();
		r.responsibleParty = blank(h.responsibleParty());
		r.rectifiedOn = h.rectifiedOn();
		r.rectificationNote = r.rectifiedOn == null ? null
				: blank(h.rectificationNote()) == null ? "已整改" : h.rectificationNote().strip();
		r.verifiedOn = h.verifiedOn();
		r.verifiedBy = r.verifiedOn == null ? null : blank(h.verifiedBy()) == null ? r.foundBy : h.verifiedBy().strip();
		return r;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** The events registered since loading, for publication after saving. */
	public List<Object> events() {
		return List.copyOf(events);
	}

	public Hazard view(LocalDate today) {
		return new Hazard(id, number, source, sourceReference, category, severity, status, place, lat, lng, gridCode,
				stationCode, description, foundOn, foundBy, deadline, responsibleParty, rectifiedOn, rectificationNote,
				verifiedOn, verifiedBy, verificationNote, escalatedAt, overdueOn(today), hasPhoto, demo, version);
	}
}
