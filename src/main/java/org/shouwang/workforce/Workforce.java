package org.shouwang.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.security.DataScope;
import org.shouwang.workforce.WorkforceInputs.CulturalEventInput;
import org.shouwang.workforce.WorkforceInputs.DifficultyInput;
import org.shouwang.workforce.WorkforceInputs.StudySessionInput;
import org.shouwang.workforce.WorkforceInputs.WelfareVisitInput;
import org.shouwang.workforce.WorkforceInputs.YearSummary;
import org.shouwang.workforce.internal.WorkforceRows;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team-building records: recorded by a unit within the caller's scope (a station records its own; the branch
 * any unit's), listed and counted within the caller's scope, every change audited with
 * {@link IndicatorRecordChanged} published.
 */
@Service
public class Workforce {

	public static final String STUDY_SESSION = "StudySession";

	public static final String CULTURAL_EVENT = "CulturalEvent";

	public static final String WELFARE_VISIT = "WelfareVisit";

	public static final String DIFFICULTY = "Difficulty";

	private static final Pattern BADGE = Pattern.compile("^[0-9]{6}$");

	private final WorkforceRows rows;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Workforce(WorkforceRows rows, AuditTrail audit, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.rows = rows;
		this.audit = audit;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	// ---- recording

	@Transactional
	public StudySession recordStudySession(StudySessionInput in, boolean demo) {
		List<FieldError> errors = new ArrayList<>();
		String station = unit(in.unitCode(), errors);
		require(in.kind(), "kind", errors);
		String topic = text(in.topic(), "topic", 200, true, errors);
		date(in.heldOn(), "heldOn", errors);
		count(in.attendance(), "attendance", 1, errors);
		check(errors);
		StudySession s = new StudySession(UUID.randomUUID(), in.unitCode().strip(), station, in.kind(), topic, in.heldOn(),
				in.attendance(), demo);
		rows.insert(s, clock.instant());
		created(STUDY_SESSION, s.id(), s);
		return s;
	}

	@Transactional
	public CulturalEvent recordCulturalEvent(CulturalEventInput in, boolean demo) {
		List<FieldError> errors = new ArrayList<>();
		String station = unit(in.unitCode(), errors);
		require(in.kind(), "kind", errors);
		String title = text(in.title(), "title", 200, true, errors);
		date(in.heldOn(), "heldOn", errors);
		count(in.officerParticipants(), "officerParticipants", 0, errors);
		int family = in.familyParticipants() == null ? 0 : in.familyParticipants();
		count(family, "familyParticipants", 0, errors);
		if (errors.isEmpty() && in.officerParticipants() + family == 0) {
			errors.add(new FieldError("officerParticipants", "an event has at least one participant"));
		}
		check(errors);
		CulturalEvent e = new CulturalEvent(UUID.randomUUID(), in.unitCode().strip(), station, in.kind(), title,
				in.heldOn(), in.officerParticipants(), family, demo);
		rows.insert(e, clock.instant());
		created(CULTURAL_EVENT, e.id(), e);
		return e;
	}

	@Transactional
	public WelfareVisit recordWelfareVisit(WelfareVisitInput in, boolean demo) {
		List<FieldError> errors = new ArrayList<>();
		String station = unit(in.unitCode(), errors);
		require(in.occasion(), "occasion", errors);
		date(in.visitedOn(), "visitedOn", errors);
		String badge = in.officerBadge() == null || in.officerBadge().isBlank() ? null : in.officerBadge().strip();
		if (badge != null && !BADGE.matcher(badge).matches()) {
			errors.add(new FieldError("officerBadge", "must be a 6-digit badge number"));
		}
		String note = text(in.note(), "note", 200, false, errors);
		check(errors);
		WelfareVisit v = new WelfareVisit(UUID.randomUUID(), in.unitCode().strip(), station, in.occasion(), in.visitedOn(),
				badge, note, demo);
		rows.insert(v, clock.instant());
		created(WELFARE_VISIT, v.id(), v);
		return v;
	}

	@Transactional
	public Difficulty raiseDifficulty(DifficultyInput in, boolean demo) {
		List<FieldError> errors = new ArrayList<>();
		String station = unit(in.unitCode(), errors);
		require(in.category(), "category", errors);
		String description = text(in.description(), "description", 300, true, errors);
		date(in.raisedOn(), "raisedOn", errors);
		if (in.visitId() != null) {
			WelfareVisit visit = rows.visit(in.visitId()).filter(v -> DataScope.current().permits(v.stationCode())).orElse(null);
			if (visit == null) {
				errors.add(new FieldError("visitId", "no such visit in your scope"));
			}
		}
		check(errors);
		Difficulty d = new Difficulty(UUID.randomUUID(), in.visitId(), in.unitCode().strip(), station, in.category(),
				description, in.raisedOn(), Difficulty.Status.OPEN, null, null, demo, 0);
		rows.insert(d, clock.instant());
		created(DIFFICULTY, d.id(), d);
		return d;
	}

	/** Resolves a difficulty within the caller's scope (404 outside it, 409 when already resolved). */
	@Transactional
	public Difficulty resolveDifficulty(UUID id, LocalDate on, String resolution) {
		Difficulty before = rows.difficulty(id).orElseThrow(() -> new NotFoundException("Difficulty"));
		DataScope.current().require(before.stationCode(), "Difficulty");
		if (on != null && on.isAfter(today())) {
			throw new InvalidInputException("resolvedOn", "must not be in the future");
		}
		Difficulty after = before.resolve(on, resolution);
		if (!rows.update(after, clock.instant())) {
			throw new ConflictException("The difficulty was changed meanwhile; reload and try again.");
		}
		audit.record("DIFFICULTY_RESOLVED", DIFFICULTY, id, AuditOutcome.SUCCESS,
				ChangeSummary.diff(ChangeSummary.fieldsOf(before), ChangeSummary.fieldsOf(after)));
		events.publishEvent(new DifficultyResolved(id, after.stationCode(), on));
		events.publishEvent(new IndicatorRecordChanged(DIFFICULTY, id));
		return after;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Page<StudySession> studySessions(Integer year, String stationCode, int page, int size) {
		Page.check(page, size);
		return rows.sessions(DataScope.current(), year, stationCode, page, size);
	}

	@Transactional(readOnly = true)
	public Page<CulturalEvent> culturalEvents(Integer year, String stationCode, int page, int size) {
		Page.check(page, size);
		return rows.events(DataScope.current(), year, stationCode, page, size);
	}

	@Transactional(readOnly = true)
	public Page<WelfareVisit> welfareVisits(Integer year, String stationCode, int page, int size) {
		Page.check(page, size);
		return rows.visits(DataScope.current(), year, stationCode, page, size);
	}

	@Transactional(readOnly = true)
	public Page<Difficulty> difficulties(Integer year, String stationCode, int page, int size) {
		Page.check(page, size);
		return rows.difficulties(DataScope.current(), year, stationCode, page, size);
	}

	/** A year's counts within the caller's scope (one station when {@code stationCode} is given). */
	@Transactional(readOnly = true)
	public YearSummary summary(int year, String stationCode) {
		DataScope scope = DataScope.current();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = from.plusYears(1);
		return new YearSummary(year,
				rows.total("workforce_study_session", "held_on", "TRUE", "1", from, to, scope, stationCode),
				rows.total("workforce_cultural_event", "held_on", "TRUE", "1", from, to, scope, stationCode),
				rows.total("workforce_cultural_event", "held_on", "TRUE", "officer_participants + family_participants", from,
						to, scope, stationCode),
				rows.total("workforce_welfare_visit", "visited_on", "TRUE", "1", from, to, scope, stationCode),
				rows.total("workforce_difficulty", "raised_on", "TRUE", "1", from, to, scope, stationCode),
				rows.total("workforce_difficulty", "resolved_on", "status = 'RESOLVED'", "1", from, to, scope, stationCode));
	}

	// ---- checks

	private void created(String type, UUID id, Record record) {
		audit.record(AuditAction.CREATE, type, id, AuditOutcome.SUCCESS, ChangeSummary.diff(null, ChangeSummary.fieldsOf(record)));
		events.publishEvent(new IndicatorRecordChanged(type, id));
	}

	/** The unit's station (null for branch units); a unit outside the caller's scope is a field error. */
	private static String unit(String unitCode, List<FieldError> errors) {
		if (unitCode == null || !DataScope.isValidUnitCode(unitCode.strip())) {
			errors.add(new FieldError("unitCode", "must be a unit code such as WB, WB-ZGS or WB01"));
			return null;
		}
		DataScope unit = DataScope.of(unitCode.strip());
		if (!DataScope.current().covers(unitCode.strip())) {
			errors.add(new FieldError("unitCode", "is not within your unit"));
		}
		return unit.station().orElse(null);
	}

	private static void require(Object value, String field, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError(field, "is required"));
		}
	}

	private static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
		String v = value == null ? null : value.strip();
		if (v == null || v.isEmpty()) {
			if (required) {
				errors.add(new FieldError(field, "is required"));
			}
			return null;
		}
		if (v.length() > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters"));
		}
		return v;
	}

	private void date(LocalDate value, String field, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError(field, "is required"));
		}
		else if (value.isAfter(today())) {
			errors.add(new FieldError(field, "must not be in the future"));
		}
		else if (value.getYear() < 2000) {
			errors.add(new FieldError(field, "must be in 2000 or later"));
		}
	}

	private static void count(Integer value, String field, int min, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError(field, "is required"));
		}
		else if (value < min || value > 5000) {
			errors.add(new FieldError(field, "must be between " + min + " and 5000"));
		}
	}

	private static void check(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The record has invalid fields.", errors);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
	}
}
