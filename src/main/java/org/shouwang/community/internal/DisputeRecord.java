package org.shouwang.community.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.shouwang.community.Dispute;
import org.shouwang.community.DisputeClosed;
import org.shouwang.community.DisputeKind;
import org.shouwang.community.DisputeResult;
import org.shouwang.community.DisputeStatus;
import org.shouwang.community.DisputeTier;
import org.shouwang.community.MediationSession;
import org.shouwang.community.Party;
import org.shouwang.community.Satisfaction;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

/**
 * The dispute aggregate and its five-step loop: 受理 (received) → {@link #assign 分流转办} → {@link #mediate 办理}
 * (sessions) → 跟踪督办 (the tier's deadline; overdue flagged) → {@link #close 办结} with a result → {@link #followUp
 * 反馈/回访}. A step out of order, or closing without a result, is a {@link ConflictException} (409) and changes nothing.
 */
public final class DisputeRecord {

	final UUID id;

	final String number;

	final String stationCode;

	final String gridCode;

	final DisputeKind kind;

	final DisputeTier tier;

	final String summary;

	final LocalDate receivedOn;

	final LocalDate deadline;

	final UUID visitId;

	final List<Party> parties;

	final List<MediationSession> sessions;

	DisputeStatus status;

	String assignedTo;

	LocalDate assignedOn;

	DisputeResult result;

	String referredTo;

	String resultNote;

	LocalDate closedOn;

	LocalDate followUpOn;

	Satisfaction satisfaction;

	String followUpNote;

	int version;

	final List<Object> events = new ArrayList<>();

	final List<MediationSession> newSessions = new ArrayList<>();

	DisputeRecord(UUID id, String number, String stationCode, String gridCode, DisputeKind kind, DisputeTier tier,
			String summary, LocalDate receivedOn, LocalDate deadline, UUID visitId, List<Party> parties,
			List<MediationSession> sessions, DisputeStatus status, int version) {
		this.id = id;
		this.number = number;
		this.stationCode = stationCode;
		this.gridCode = gridCode;
		this.kind = kind;
		this.tier = tier;
		this.summary = summary;
		this.receivedOn = receivedOn;
		this.deadline = deadline;
		this.visitId = visitId;
		this.parties = List.copyOf(parties);
		this.sessions = new ArrayList<>(sessions);
		this.status = status;
		this.version = version;
	}

	/** A dispute just received: its deadline follows from the tier. */
	public static DisputeRecord received(UUID id, String number, String stationCode, String gridCode, DisputeKind kind,
			DisputeTier tier, String summary, LocalDate receivedOn, UUID visitId, List<Party> parties) {
		return new DisputeRecord(id, number, stationCode, gridCode, kind, tier, summary, receivedOn,
				receivedOn.plusDays(tier.days()), visitId, parties, List.of(), DisputeStatus.RECEIVED, 0);
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

	public DisputeStatus status() {
		return status;
	}

	public DisputeResult result() {
		return result;
	}

	public LocalDate closedOn() {
		return closedOn;
	}

	public LocalDate receivedOn() {
		return receivedOn;
	}

	public String gridCode() {
		return gridCode;
	}

	public DisputeKind kind() {
		return kind;
	}

	/** 分流转办: hands the dispute to a mediator or body (only a dispute just received). */
	public void assign(String to, LocalDate on) {
		if (status != DisputeStatus.RECEIVED) {
			throw new ConflictException("Dispute " + number + " is " + status + ": it was assigned already");
		}
		if (to == null || to.isBlank()) {
			throw new InvalidInputException("assignedTo", "is required: who handles the dispute");
		}
		if (to.strip().length() > 100) {
			throw new InvalidInputException("assignedTo", "must not be longer than 100 characters");
		}
		checkDay("assignedOn", on, receivedOn);
		status = DisputeStatus.ASSIGNED;
		assignedTo = to.strip();
		assignedOn = on;
	}

	/** 办理: a mediation session (after assignment, before closing). */
	public void mediate(MediationSession session) {
		if (status != DisputeStatus.ASSIGNED && status != DisputeStatus.MEDIATING) {
			throw new ConflictException("Dispute " + number + " is " + status
					+ (status == DisputeStatus.RECEIVED ? ": assign it first" : ": it is closed"));
		}
		if (session == null || session.heldOn() == null) {
			throw new InvalidInputException("heldOn", "is required");
		}
		if (session.mediator() == null || session.mediator().isBlank() || session.mediator().strip().length() > 100) {
			throw new InvalidInputException("mediator", "is required (at most 100 characters)");
		}
		if (session.note() != null && session.note().strip().length() > 2000) {
			throw new InvalidInputException("note", "must not be longer than 2000 characters");
		}
		checkDay("heldOn", session.heldOn(), assignedOn);
		MediationSession s = new MediationSession(session.heldOn(), session.mediator().strip(),
				session.note() == null || session.note().isBlank() ? null : session.note().strip());
		sessions.add(s);
		newSessions.add(s);
		status = DisputeStatus.MEDIATING;
	}

	/**
	 * 办结: closes the dispute with its result (required: 409 without one); mediated needs a session; referred names
	 * the court or body.
	 */
	public void close(DisputeResult result, String referredTo, String note, LocalDate on) {
		if (status == DisputeStatus.CLOSED) {
			throw new ConflictException("Dispute " + number + " is closed already");
		}
		if (status == DisputeStatus.RECEIVED) {
			throw new ConflictException("Dispute " + number + " was not assigned yet: it cannot be closed");
		}
		if (result == null) {
			throw new ConflictException("Dispute " + number + " cannot be closed without a result");
		}
		if (result == DisputeResult.MEDIATED && sessions.isEmpty()) {
			throw new ConflictException("Dispute " + number + " had no mediation session: it cannot be closed as mediated");
		}
		if (result == DisputeResult.REFERRED && (referredTo == null || referredTo.isBlank())) {
			throw new InvalidInputException("referredTo", "is required for a referred dispute");
		}
		if (referredTo != null && referredTo.strip().length() > 200) {
			throw new InvalidInputException("referredTo", "must not be longer than 200 characters");
		}
		if (note != null && note.strip().length() > 2000) {
			throw new InvalidInputException("note", "must not be longer than 2000 characters");
		}
		LocalDate last = sessions.isEmpty() ? assignedOn : sessions.get(sessions.size() - 1).heldOn();
		checkDay("closedOn", on, last);
		this.status = DisputeStatus.CLOSED;
		this.result = result;
		this.referredTo = result == DisputeResult.REFERRED ? referredTo.strip() : null;
		this.resultNote = note == null || note.isBlank() ? null : note.strip();
		this.closedOn = on;
		events.add(new DisputeClosed(id, number, stationCode, result));
	}

	/** 回访: the follow-up visit with the parties' satisfaction (only of a closed dispute, once). */
	public void followUp(LocalDate on, Satisfaction satisfaction, String note) {
		if (status != DisputeStatus.CLOSED) {
			throw new ConflictException("Dispute " + number + " is " + status + ": follow up after closing it");
		}
		if (followUpOn != null) {
			throw new ConflictException("Dispute " + number + " was followed up on " + followUpOn);
		}
		if (satisfaction == null) {
			throw new InvalidInputException("satisfaction", "is required");
		}
		if (note != null && note.strip().length() > 2000) {
			throw new InvalidInputException("note", "must not be longer than 2000 characters");
		}
		checkDay("followUpOn", on, closedOn);
		this.followUpOn = on;
		this.satisfaction = satisfaction;
		this.followUpNote = note == null || note.isBlank() ? null : note.strip();
	}

	private static void checkDay(String field, LocalDate day, LocalDate notBefore) {
		if (day == null) {
			throw new InvalidInputException(field, "is required");
		}
		if (notBefore != null && day.isBefore(notBefore)) {
			throw new InvalidInputException(field, "must not be before " + notBefore);
		}
	}

	public boolean overdueOn(LocalDate today) {
		return status != DisputeStatus.CLOSED && deadline.isBefore(today);
	}

	public List<Object> events() {
		return List.copyOf(events);
	}

	/** The view with parties as the reader may see them. */
	public Dispute view(LocalDate today, List<Party> shownParties) {
		return new Dispute(id, number, stationCode, gridCode, kind, tier, summary, receivedOn, deadline, status,
				assignedTo, assignedOn, shownParties, List.copyOf(sessions), result, referredTo, resultNote, closedOn,
				followUpOn, satisfaction, followUpNote, visitId, overdueOn(today), version);
	}

	public List<Party> parties() {
		return parties;
	}
}
