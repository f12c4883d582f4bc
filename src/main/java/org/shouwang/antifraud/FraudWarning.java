package org.shouwang.antifraud;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

/**
 * An early-warning order (预警指令): a potential victim being talked into a transfer now. It changes state only
 * through the methods below, each guarding its rule and registering the past-tense event it causes: contact
 * ({@link #recordContact}), face-to-face dissuasion with the checklist ({@link #recordVisit}), one of the outcomes
 * ({@link #dissuade}, {@link #defrauded}, {@link #unreachable}, {@link #falseAlarm}) and escalation of a missed
 * deadline ({@link #escalate}). The victim's phone never leaves this object unmasked except through
 * {@link #victimPhone()}, which only the module's audited read uses.
 */
public final class FraudWarning {

	/** Longest free-text note. */
	public static final int NOTE_MAX = 500;

	private final UUID id;

	private final String number;

	private final WarningChannel channel;

	private final String sourceCode;

	private final String externalId;

	private final String victimPhone;

	private final String victimAddress;

	private final Double lat;

	private final Double lng;

	private final String gridCode;

	private final String stationCode;

	private final RiskLevel riskLevel;

	private final FraudType fraudType;

	private final String suspiciousContact;

	private final String summary;

	private final Instant receivedAt;

	private final Instant contactDeadline;

	private final Instant visitDeadline;

	private WarningStatus status;

	private ContactMethod contactMethod;

	private Instant contactedAt;

	private Instant visitedAt;

	private Set<ChecklistItem> checklist;

	private WarningOutcome outcome;

	private Instant closedAt;

	private Long lossAvoided;

	private Long lossAmount;

	private String urgentStopAccount;

	private String outcomeNote;

	private Instant escalatedAt;

	private String escalationReason;

	private final boolean demo;

	private final int version;

	private final List<Object> events = new ArrayList<>();

	public FraudWarning(UUID id, String number, WarningChannel channel, String sourceCode, String externalId,
			String victimPhone, String victimAddress, Double lat, Double lng, String gridCode, String stationCode,
			RiskLevel riskLevel, FraudType fraudType, String suspiciousContact, String summary, Instant receivedAt,
			Instant contactDeadline, Instant visitDeadline, WarningStatus status, ContactMethod contactMethod,
			Instant contactedAt, Instant visitedAt, Set<ChecklistItem> checklist, WarningOutcome outcome,
			Instant closedAt, Long lossAvoided, Long lossAmount, String urgentStopAccount, String outcomeNote,
			Instant escalatedAt, String escalationReason, boolean demo, int version) {
		this.id = id;
		this.number = number;
		this.channel = channel;
		this.sourceCode = sourceCode;
		this.externalId = externalId;
		this.victimPhone = victimPhone;
		this.victimAddress = victimAddress;
		this.lat = lat;
		this.lng = lng;
		this.gridCode = gridCode;
		this.stationCode = stationCode;
		this.riskLevel = riskLevel;
		this.fraudType = fraudType;
		this.suspiciousContact = suspiciousContact;
		this.summary = summary;
		this.receivedAt = receivedAt;
		this.contactDeadline = contactDeadline;
		this.visitDeadline = visitDeadline;
		this.status = status;
		this.contactMethod = contactMethod;
		this.contactedAt = contactedAt;
		this.visitedAt = visitedAt;
		this.checklist = checklist == null || checklist.isEmpty() ? EnumSet.noneOf(ChecklistItem.class)
				: EnumSet.copyOf(checklist);
		this.outcome = outcome;
		this.closedAt = closedAt;
		this.lossAvoided = lossAvoided;
		this.lossAmount = lossAmount;
		this.urgentStopAccount = urgentStopAccount;
		this.outcomeNote = outcomeNote;
		this.escalatedAt = escalatedAt;
		this.escalationReason = escalationReason;
		this.demo = demo;
		this.version = version;
	}

	/** A new order as received, with its deadlines from the risk level's policy. */
	public static FraudWarning receive(UUID id, String number, WarningChannel channel, String sourceCode,
			String externalId, String victimPhone, String victimAddress, Double lat, Double lng, String gridCode,
			String stationCode, RiskLevel riskLevel, FraudType fraudType, String suspiciousContact, String summary,
			Instant receivedAt, AntifraudProperties.Deadlines deadlines, boolean demo) {
		FraudWarning warning = new FraudWarning(id, number, channel, sourceCode, externalId, victimPhone, victimAddress,
				lat, lng, gridCode, stationCode, riskLevel, fraudType, suspiciousContact, summary, receivedAt,
				receivedAt.plus(deadlines.contact()), receivedAt.plus(deadlines.visit()), WarningStatus.NEW, null, null,
				null, Set.of(), null, null, null, null, null, null, null, null, demo, 0);
		warning.events.add(new FraudWarningReceived(id, number, stationCode, riskLevel, warning.contactDeadline));
		return warning;
	}

	// ---- behaviour

	/** The first contact (96110 call, 12381 SMS or the officer's call); once only, before the outcome. */
	public void recordContact(ContactMethod method, Instant at) {
		requireOpen();
		if (method == null) {
			throw new InvalidInputException("method", "is required");
		}
		if (status != WarningStatus.NEW) {
			throw new ConflictException("The contact of order " + number + " is already recorded.");
		}
		requireNotBeforeReception(at);
		contactMethod = method;
		contactedAt = at;
		status = WarningStatus.CONTACTED;
	}

	/**
	 * The face-to-face dissuasion (见面劝阻) with the checklist items done. Meeting the victim is also a contact: an
	 * order not yet contacted counts as contacted at the meeting.
	 */
	public void recordVisit(Set<ChecklistItem> done, Instant at) {
		requireOpen();
		if (status == WarningStatus.VISITED) {
			throw new ConflictException("The face-to-face dissuasion of order " + number + " is already recorded.");
		}
		if (done == null || done.isEmpty()) {
			throw new InvalidInputException("checklist", "tick the items of 四查看三询问一保护 that were done");
		}
		requireNotBeforeReception(at);
		if (contactedAt == null) {
			contactedAt = at;
		}
		visitedAt = at;
		checklist = EnumSet.copyOf(done);
		status = WarningStatus.VISITED;
	}

	/** Closed as dissuaded, with the estimated loss avoided (元, 0 or more); the victim must have been reached. */
	public void dissuade(long lossAvoided, String note, Instant at) {
		requireOpen();
		if (contactedAt == null) {
			throw new ConflictException("Order " + number + " cannot be closed as dissuaded before the victim is reached.");
		}
		if (lossAvoided < 0) {
			throw new InvalidInputException("lossAvoided", "must be 0 or more (元)");
		}
		this.lossAvoided = lossAvoided;
		close(WarningOutcome.DISSUADED, note, at);
		events.add(new FraudWarningDissuaded(id, number, stationCode, lossAvoided, at));
		events.add(new FraudWarningClosed(id, number, stationCode, outcome, at));
	}

	/** Closed as already defrauded: a case is to be opened, and an urgent payment stop requested for the account given. */
	public void defrauded(long lossAmount, String urgentStopAccount, String note, Instant at) {
		requireOpen();
		if (lossAmount < 0) {
			throw new InvalidInputException("lossAmount", "must be 0 or more (元)");
		}
		if (urgentStopAccount != null && urgentStopAccount.strip().length() > 64) {
			throw new InvalidInputException("urgentStopAccount", "must be at most 64 characters");
		}
		this.lossAmount = lossAmount;
		this.urgentStopAccount = urgentStopAccount == null || urgentStopAccount.isBlank() ? null : urgentStopAccount.strip();
		close(WarningOutcome.DEFRAUDED, note, at);
		events.add(new FraudVictimDefrauded(id, number, stationCode, gridCode, fraudType, lossAmount, suspiciousContact,
				this.urgentStopAccount, at));
		events.add(new FraudWarningClosed(id, number, stationCode, outcome, at));
	}

	/** Closed as unreachable: neither a call nor a visit reached the victim. */
	public void unreachable(String note, Instant at) {
		requireOpen();
		if (status == WarningStatus.VISITED) {
			throw new ConflictException("Order " + number + " was dissuaded face to face: the victim was reached.");
		}
		if (note == null || note.isBlank()) {
			throw new InvalidInputException("note", "say what was tried (calls, visit)");
		}
		close(WarningOutcome.UNREACHABLE, note, at);
		events.add(new FraudWarningClosed(id, number, stationCode, outcome, at));
	}

	/** Closed as a false alarm (误报), once the victim was reached. */
	public void falseAlarm(String note, Instant at) {
		requireOpen();
		if (contactedAt == null) {
			throw new ConflictException("Order " + number + " cannot be a false alarm before the victim is reached.");
		}
		if (note == null || note.isBlank()) {
			throw new InvalidInputException("note", "say why there was no fraud");
		}
		close(WarningOutcome.FALSE_ALARM, note, at);
		events.add(new FraudWarningClosed(id, number, stationCode, outcome, at));
	}

	/** The deadline this open order has missed at {@code now}: CONTACT, VISIT, or null. */
	public String missedDeadline(Instant now) {
		if (status == WarningStatus.CLOSED || status == WarningStatus.VISITED) {
			return null;
		}
		if (status == WarningStatus.NEW && now.isAfter(contactDeadline) && !now.isAfter(visitDeadline)) {
			return "CONTACT";
		}
		if (now.isAfter(visitDeadline)) {
			return "VISIT";
		}
		return null;
	}

	/** True when a deadline has passed unmet. */
	public boolean overdue(Instant now) {
		return missedDeadline(now) != null;
	}

	/**
	 * Escalates a missed deadline to the station chief, once per deadline; false when there is nothing (new) to
	 * escalate.
	 */
	public boolean escalate(Instant now) {
		String missed = missedDeadline(now);
		if (missed == null || missed.equals(escalationReason)) {
			return false;
		}
		escalatedAt = now;
		escalationReason = missed;
		events.add(new FraudWarningOverdue(id, number, stationCode, missed,
				missed.equals("CONTACT") ? contactDeadline : visitDeadline));
		return true;
	}

	private void close(WarningOutcome outcome, String note, Instant at) {
		requireNotBeforeReception(at);
		if (note != null && note.strip().length() > NOTE_MAX) {
			throw new InvalidInputException("note", "must be at most " + NOTE_MAX + " characters");
		}
		this.outcome = outcome;
		this.outcomeNote = note == null || note.isBlank() ? null : note.strip();
		this.closedAt = at;
		this.status = WarningStatus.CLOSED;
	}

	private void requireOpen() {
		if (status == WarningStatus.CLOSED) {
			throw new ConflictException("Order " + number + " is closed (" + outcome + ").");
		}
	}

	private void requireNotBeforeReception(Instant at) {
		if (at == null || at.isBefore(receivedAt)) {
			throw new InvalidInputException("at", "must not be before the order was received");
		}
	}

	// ---- state

	/** Whether the victim was contacted by the contact deadline (null while not contacted). */
	public Boolean contactedInTime() {
		return contactedAt == null ? null : !contactedAt.isAfter(contactDeadline);
	}

	/** Seconds from reception to the first contact, or null. */
	public Long secondsToContact() {
		return contactedAt == null ? null : Duration.between(receivedAt, contactedAt).toSeconds();
	}

	/** The events registered since this object was loaded, in order. */
	public List<Object> events() {
		return Collections.unmodifiableList(events);
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public WarningChannel channel() {
		return channel;
	}

	public String sourceCode() {
		return sourceCode;
	}

	public String externalId() {
		return externalId;
	}

	/** The full phone: personal data; callers show {@code Masking.phone} unless the reader may unmask (audited). */
	public String victimPhone() {
		return victimPhone;
	}

	public String victimAddress() {
		return victimAddress;
	}

	public Double lat() {
		return lat;
	}

	public Double lng() {
		return lng;
	}

	public String gridCode() {
		return gridCode;
	}

	public String stationCode() {
		return stationCode;
	}

	public RiskLevel riskLevel() {
		return riskLevel;
	}

	public FraudType fraudType() {
		return fraudType;
	}

	public String suspiciousContact() {
		return suspiciousContact;
	}

	public String summary() {
		return summary;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public Instant contactDeadline() {
		return contactDeadline;
	}

	public Instant visitDeadline() {
		return visitDeadline;
	}

	public WarningStatus status() {
		return status;
	}

	public ContactMethod contactMethod() {
		return contactMethod;
	}

	public Instant contactedAt() {
		return contactedAt;
	}

	public Instant visitedAt() {
		return visitedAt;
	}

	public Set<ChecklistItem> checklist() {
		return Collections.unmodifiableSet(checklist);
	}

	public WarningOutcome outcome() {
		return outcome;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public Long lossAvoided() {
		return lossAvoided;
	}

	public Long lossAmount() {
		return lossAmount;
	}

	public String urgentStopAccount() {
		return urgentStopAccount;
	}

	public String outcomeNote() {
		return outcomeNote;
	}

	public Instant escalatedAt() {
		return escalatedAt;
	}

	public String escalationReason() {
		return escalationReason;
	}

	public boolean demo() {
		return demo;
	}

	public int version() {
		return version;
	}
}
