package org.shouwang.cases.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.shouwang.cases.CaseConcluded;
import org.shouwang.cases.CaseDecided;
import org.shouwang.cases.CaseDeclined;
import org.shouwang.cases.CaseEvent;
import org.shouwang.cases.CaseInvestigationStarted;
import org.shouwang.cases.CaseKind;
import org.shouwang.cases.CaseMediated;
import org.shouwang.cases.CaseOpened;
import org.shouwang.cases.CaseRegistered;
import org.shouwang.cases.CaseReopened;
import org.shouwang.cases.CaseSolved;
import org.shouwang.cases.CaseSource;
import org.shouwang.cases.CaseStatus;
import org.shouwang.cases.CaseTransferredForProsecution;
import org.shouwang.cases.CaseWithdrawn;
import org.shouwang.cases.Offence;
import org.shouwang.cases.Penalty;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

import static org.shouwang.cases.CaseStatus.ACCEPTED;
import static org.shouwang.cases.CaseStatus.CONCLUDED;
import static org.shouwang.cases.CaseStatus.DECIDED;
import static org.shouwang.cases.CaseStatus.DECLINED;
import static org.shouwang.cases.CaseStatus.INVESTIGATING;
import static org.shouwang.cases.CaseStatus.MEDIATED;
import static org.shouwang.cases.CaseStatus.PROSECUTION;
import static org.shouwang.cases.CaseStatus.REGISTERED;
import static org.shouwang.cases.CaseStatus.SOLVED;
import static org.shouwang.cases.CaseStatus.WITHDRAWN;

/**
 * The case aggregate (案件): its stage and the date of every stage, changed only through the intention-revealing
 * methods below, each of which guards its rule (an illegal transition is a {@link ConflictException}, nothing
 * changed), records the stage's date, adds a timeline entry and registers a past-tense {@link CaseEvent}.
 * <p>
 * Criminal: {@link #register} / {@link #decline} → {@link #investigate} → {@link #solve} (only with the facts
 * proven, the suspect's act proven and the main suspect in custody) → {@link #transferForProsecution}, or
 * {@link #withdraw}. Administrative: {@link #investigate} → {@link #decide} or {@link #mediate} → {@link #conclude}.
 * A closed case may be {@link #reopen reopened} with a reason.
 */
final class Case {

	/** The three conditions of 破案, all recorded. */
	record SolveConditions(boolean factsProven, boolean actProven, boolean mainSuspectInCustody) {

		boolean allMet() {
			return factsProven && actProven && mainSuspectInCustody;
		}
	}

	/** A timeline entry added by a change, written with it. */
	record Step(String type, Instant at, String note) {
	}

	UUID id;

	String number;

	CaseKind kind;

	Offence offence;

	CaseStatus status;

	CaseSource source;

	String title;

	String summary;

	String stationCode;

	String responsibleUnit;

	Long leadInvestigatorId;

	String leadInvestigatorName;

	boolean enterpriseRelated;

	UUID operationId;

	Instant receivedAt;

	Instant stageStartedAt;

	Instant registeredAt;

	Instant declinedAt;

	String declineReason;

	Instant investigatingAt;

	Instant solvedAt;

	boolean factsProven;

	boolean actProven;

	boolean mainSuspectInCustody;

	Instant prosecutedAt;

	Instant withdrawnAt;

	String withdrawReason;

	Instant decidedAt;

	Penalty penalty;

	BigDecimal fineYuan;

	Integer detentionDays;

	Instant mediatedAt;

	Instant concludedAt;

	int reopenCount;

	Instant reopenedAt;

	String reopenReason;

	int version;

	boolean demo;

	private final List<CaseEvent> events = new ArrayList<>();

	private final List<Step> steps = new ArrayList<>();

	Case() {
	}

	/** Opens a case in 受理. */
	static Case open(UUID id, String number, Offence offence, CaseSource source, String title, String summary,
			String stationCode, String responsibleUnit, Long leadInvestigatorId, String leadInvestigatorName,
			boolean enterpriseRelated, Instant receivedAt, boolean demo) {
		Case c = new Case();
		c.id = Objects.requireNonNull(id);
		c.number = Objects.requireNonNull(number);
		c.offence = Objects.requireNonNull(offence);
		c.kind = offence.kind();
		c.source = Objects.requireNonNull(source);
		c.title = title;
		c.summary = summary;
		c.stationCode = stationCode;
		c.responsibleUnit = responsibleUnit;
		c.leadInvestigatorId = leadInvestigatorId;
		c.leadInvestigatorName = leadInvestigatorName;
		c.enterpriseRelated = enterpriseRelated;
		c.receivedAt = receivedAt;
		c.stageStartedAt = receivedAt;
		c.status = ACCEPTED;
		c.demo = demo;
		c.step("OPENED", receivedAt, source.name());
		c.events.add(new CaseOpened(id, number, receivedAt, c.kind, stationCode, source));
		return c;
	}

	// ---- criminal

	/** 立案. */
	void register(Instant at) {
		require(CaseKind.CRIMINAL, "registered", ACCEPTED);
		registeredAt = at;
		move(REGISTERED, at, "REGISTERED", null);
		events.add(new CaseRegistered(id, number, at));
	}

	/** 不予立案, with the reason. */
	void decline(String reason, Instant at) {
		require(CaseKind.CRIMINAL, "declined", ACCEPTED);
		String why = reason("reason", reason);
		declinedAt = at;
		declineReason = why;
		move(DECLINED, at, "DECLINED", why);
		events.add(new CaseDeclined(id, number, at, why));
	}

	/** 侦查 (criminal, after 立案) / 调查 (administrative, after 受理). */
	void investigate(Instant at) {
		if (kind == CaseKind.CRIMINAL) {
			require(CaseKind.CRIMINAL, "investigated", REGISTERED);
		}
		else {
			require(CaseKind.ADMINISTRATIVE, "investigated", ACCEPTED);
		}
		investigatingAt = at;
		move(INVESTIGATING, at, "INVESTIGATING", null);
		events.add(new CaseInvestigationStarted(id, number, at));
	}

	/**
	 * 破案: only while investigating and only with the facts proven, the suspect's act proven and the main suspect
	 * in custody, all three recorded.
	 */
	void solve(SolveConditions conditions, Instant at, boolean commandAssisted) {
		require(CaseKind.CRIMINAL, "solved", INVESTIGATING);
		if (conditions == null || !conditions.allMet()) {
			List<String> missing = new ArrayList<>();
			if (conditions == null || !conditions.factsProven()) {
				missing.add("factsProven");
			}
			if (conditions == null || !conditions.actProven()) {
				missing.add("actProven");
			}
			if (conditions == null || !conditions.mainSuspectInCustody()) {
				missing.add("mainSuspectInCustody");
			}
			throw new ConflictException("A case is solved only with the facts proven, the suspect's act proven and the "
					+ "main suspect in custody; not recorded: " + String.join(", ", missing));
		}
		factsProven = true;
		actProven = true;
		mainSuspectInCustody = true;
		solvedAt = at;
		move(SOLVED, at, "SOLVED", commandAssisted ? "command-assisted" : null);
		events.add(new CaseSolved(id, number, at, commandAssisted));
	}

	/** 移送起诉. */
	void transferForProsecution(Instant at) {
		require(CaseKind.CRIMINAL, "transferred for prosecution", SOLVED);
		prosecutedAt = at;
		move(PROSECUTION, at, "PROSECUTION", null);
		events.add(new CaseTransferredForProsecution(id, number, at));
	}

	/** 撤案, with the reason: a registered case that is not solved. */
	void withdraw(String reason, Instant at) {
		require(CaseKind.CRIMINAL, "withdrawn", REGISTERED, INVESTIGATING);
		String why = reason("reason", reason);
		withdrawnAt = at;
		withdrawReason = why;
		move(WITHDRAWN, at, "WITHDRAWN", why);
		events.add(new CaseWithdrawn(id, number, at, why));
	}

	// ---- administrative

	/** 处罚决定: warning, fine (amount in 元), detention (1–20 days) or licence revoked. */
	void decide(Penalty penalty, BigDecimal fine, Integer days, Instant at) {
		require(CaseKind.ADMINISTRATIVE, "decided", INVESTIGATING);
		if (penalty == null) {
			throw new InvalidInputException("penalty", "is required");
		}
		if (penalty == Penalty.FINE && (fine == null || fine.signum() <= 0)) {
			throw new InvalidInputException("fineYuan", "a fine needs an amount above 0 元");
		}
		if (penalty != Penalty.FINE && fine != null) {
			throw new InvalidInputException("fineYuan", "only a fine has an amount");
		}
		if (penalty == Penalty.DETENTION && (days == null || days < 1 || days > 20)) {
			throw new InvalidInputException("detentionDays", "detention is 1 to 20 days");
		}
		if (penalty != Penalty.DETENTION && days != null) {
			throw new InvalidInputException("detentionDays", "only detention has days");
		}
		this.penalty = penalty;
		this.fineYuan = fine;
		this.detentionDays = days;
		decidedAt = at;
		move(DECIDED, at, "DECIDED", penalty.name());
		events.add(new CaseDecided(id, number, at, penalty));
	}

	/** 调解: settled by mediation. */
	void mediate(Instant at) {
		require(CaseKind.ADMINISTRATIVE, "mediated", INVESTIGATING);
		mediatedAt = at;
		move(MEDIATED, at, "MEDIATED", null);
		events.add(new CaseMediated(id, number, at));
	}

	/** 结案, after a decision or a mediation. */
	void conclude(Instant at) {
		require(CaseKind.ADMINISTRATIVE, "concluded", DECIDED, MEDIATED);
		concludedAt = at;
		move(CONCLUDED, at, "CONCLUDED", null);
		events.add(new CaseConcluded(id, number, at));
	}

	// ---- both

	/**
	 * Reopens a closed case with a reason: a declined case goes back to 受理, a withdrawn or prosecuted criminal case
	 * back to 侦查 (to be solved again), a concluded administrative case back to 调查 (to be decided again).
	 */
	void reopen(String reason, Instant at) {
		if (!status.closed()) {
			throw new ConflictException("Only a closed case can be reopened; this one is " + status);
		}
		String why = reason("reason", reason);
		CaseStatus from = status;
		CaseStatus to;
		switch (from) {
			case DECLINED -> {
				declinedAt = null;
				declineReason = null;
				to = ACCEPTED;
			}
			case WITHDRAWN -> {
				withdrawnAt = null;
				withdrawReason = null;
				to = INVESTIGATING;
			}
			case PROSECUTION -> {
				prosecutedAt = null;
				solvedAt = null;
				factsProven = false;
				actProven = false;
				mainSuspectInCustody = false;
				to = INVESTIGATING;
			}
			case CONCLUDED -> {
				concludedAt = null;
				decidedAt = null;
				penalty = null;
				fineYuan = null;
				detentionDays = null;
				mediatedAt = null;
				to = INVESTIGATING;
			}
			default -> throw new IllegalStateException(from.name());
		}
		reopenCount++;
		reopenedAt = at;
		reopenReason = why;
		move(to, at, "REOPENED", why);
		events.add(new CaseReopened(id, number, at, from, why));
	}

	/** Changes the responsible unit and lead investigator (not of a closed case). */
	void assign(String unitCode, Long investigatorId, String investigatorName, Instant at) {
		requireOpen("reassigned");
		responsibleUnit = unitCode;
		leadInvestigatorId = investigatorId;
		leadInvestigatorName = investigatorName;
		step("ASSIGNED", at, unitCode + (investigatorName == null ? "" : " / " + investigatorName));
	}

	/** Flags or unflags the case as enterprise-related (涉企, shorter stage deadlines). */
	void markEnterpriseRelated(boolean flag, Instant at) {
		requireOpen("flagged");
		if (enterpriseRelated != flag) {
			enterpriseRelated = flag;
			step(flag ? "ENTERPRISE_FLAGGED" : "ENTERPRISE_UNFLAGGED", at, null);
		}
	}

	/** Makes the case part of a synthesised operation (合成作战). */
	void joinOperation(UUID operation, String operationNumber, Instant at) {
		if (operationId != null && !operationId.equals(operation)) {
			throw new ConflictException("The case is already part of another operation");
		}
		if (operationId == null) {
			operationId = operation;
			step("JOINED_OPERATION", at, operationNumber);
		}
	}

	/** Records that an incident was linked to the case (a timeline entry). */
	void incidentLinked(String incidentNumber, Instant at) {
		step("INCIDENT_LINKED", at, incidentNumber);
	}

	/** The events registered since the aggregate was loaded, to publish with the change. */
	List<CaseEvent> events() {
		return List.copyOf(events);
	}

	/** The timeline entries added since the aggregate was loaded. */
	List<Step> steps() {
		return List.copyOf(steps);
	}

	private void move(CaseStatus to, Instant at, String stepType, String note) {
		if (at.isBefore(stageStartedAt)) {
			throw new InvalidInputException("at", "a stage cannot start before the one before it");
		}
		status = to;
		stageStartedAt = at;
		step(stepType, at, note);
	}

	private void step(String type, Instant at, String note) {
		steps.add(new Step(type, at, note));
	}

	private void require(CaseKind expectedKind, String verb, CaseStatus... allowed) {
		if (kind != expectedKind) {
			throw new ConflictException("A " + kind.name().toLowerCase() + " case cannot be " + verb);
		}
		for (CaseStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw new ConflictException("A case in stage " + status + " cannot be " + verb);
	}

	private void requireOpen(String verb) {
		if (status.closed()) {
			throw new ConflictException("A closed case cannot be " + verb + "; reopen it first");
		}
	}

	private static String reason(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
		String v = value.strip();
		if (v.length() > 1000) {
			throw new InvalidInputException(field, "must be at most 1000 characters");
		}
		return v;
	}
}
