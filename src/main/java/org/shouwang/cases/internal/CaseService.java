package org.shouwang.cases.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.audit.Masking;
import org.shouwang.cases.Apprehension;
import org.shouwang.cases.ApprehensionInput;
import org.shouwang.cases.AssignInput;
import org.shouwang.cases.CaseDetail;
import org.shouwang.cases.CaseFilter;
import org.shouwang.cases.CaseSource;
import org.shouwang.cases.CaseSummary;
import org.shouwang.cases.CaseWork;
import org.shouwang.cases.DecisionInput;
import org.shouwang.cases.NewCase;
import org.shouwang.cases.Person;
import org.shouwang.cases.PersonInput;
import org.shouwang.cases.PersonRole;
import org.shouwang.cases.PropertyInput;
import org.shouwang.cases.ReasonInput;
import org.shouwang.cases.RecoveredProperty;
import org.shouwang.cases.SolveInput;
import org.shouwang.cases.SuspectApprehended;
import org.shouwang.command.IncidentDetail;
import org.shouwang.command.Incidents;
import org.shouwang.organization.Officer;
import org.shouwang.organization.OrgUnit;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.security.DataScope;
import org.shouwang.security.Permissions;
import org.shouwang.security.SignedInUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case lifecycle and a case's persons, apprehensions, property and incidents ({@link CaseWork}). */
@Service
class CaseService implements CaseWork {

	static final String CASE = "Case";

	static final String APPREHENSION = "Apprehension";

	private static final Pattern ID_NUMBER = Pattern.compile("^[0-9]{17}[0-9X]$");

	private final Cases cases;

	private final CaseViews views;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final OrganizationDirectory directory;

	private final Incidents incidents;

	private final CasesProperties properties;

	private final Clock clock = Clock.systemUTC();

	CaseService(Cases cases, CaseViews views, JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events,
			OrganizationDirectory directory, Incidents incidents, CasesProperties properties) {
		this.cases = cases;
		this.views = views;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.directory = directory;
		this.incidents = incidents;
		this.properties = properties;
	}

	CaseScope scope() {
		return CaseScope.current(properties);
	}

	// ---- opening

	@Override
	@Transactional
	public Created open(String idempotencyKey, NewCase input) {
		String actor = actor();
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null && key.length() > 200) {
			throw new InvalidInputException("Idempotency-Key", "must be at most 200 characters");
		}
		if (key != null) {
			Optional<UUID> earlier = jdbc.sql("SELECT case_id FROM case_idempotency WHERE key = :key AND actor = :actor")
				.param("key", key)
				.param("actor", actor)
				.query(UUID.class)
				.optional();
			if (earlier.isPresent()) {
				return new Created(get(earlier.get()), true);
			}
		}
		Opening opening = check(input);
		Case c = openCase(opening, input.source() == null ? CaseSource.WALK_IN : input.source(), false);
		for (IncidentDetail incident : opening.incidents()) {
			link(c, incident.id(), incident.number());
		}
		if (key != null) {
			int inserted = jdbc.sql("INSERT INTO case_idempotency (key, actor, case_id) VALUES (:key, :actor, :id) ON CONFLICT DO NOTHING")
				.param("key", key)
				.param("actor", actor)
				.param("id", c.id)
				.update();
			if (inserted == 0) {
				throw new ConflictException("The Idempotency-Key is being used by a concurrent request");
			}
		}
		return new Created(views.detail(c, false), false);
	}

	/** A checked opening request. */
	record Opening(NewCase input, String title, String station, String unit, Officer investigator, Instant receivedAt,
			List<IncidentDetail> incidents) {
	}

	private Opening check(NewCase input) {
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		if (input.offence() == null) {
			errors.add(new FieldError("offence", "is required"));
		}
		String title = input.title() == null ? "" : input.title().strip();
		if (title.isEmpty() || title.length() > 200) {
			errors.add(new FieldError("title", "is required, at most 200 characters"));
		}
		if (input.summary() != null && input.summary().length() > 4000) {
			errors.add(new FieldError("summary", "must be at most 4000 characters"));
		}
		String station = input.stationCode() == null ? null : input.stationCode().strip();
		DataScope scope = DataScope.current();
		if (station == null || station.isEmpty()) {
			station = scope.station().orElse(null);
		}
		if (station == null || directory.findUnit(station).filter(OrgUnit::active)
			.filter(u -> u.kind() == org.shouwang.organization.OrgUnitKind.STATION).isEmpty()) {
			errors.add(new FieldError("stationCode", "must be an active police station"));
		}
		else if (!scope.permits(station)) {
			errors.add(new FieldError("stationCode", "outside your scope"));
		}
		String unit = input.responsibleUnit() == null || input.responsibleUnit().isBlank() ? station : input.responsibleUnit().strip();
		if (unit != null && directory.findUnit(unit).filter(OrgUnit::active).isEmpty()) {
			errors.add(new FieldError("responsibleUnit", "must be an active unit"));
		}
		Officer investigator = null;
		if (input.leadInvestigatorId() != null) {
			investigator = directory.findOfficer(input.leadInvestigatorId()).filter(Officer::active).orElse(null);
			if (investigator == null) {
				errors.add(new FieldError("leadInvestigatorId", "must be an active officer"));
			}
		}
		Instant now = clock.instant();
		Instant received = input.receivedAt() == null ? now : input.receivedAt().toInstant();
		if (received.isAfter(now.plusSeconds(300))) {
			errors.add(new FieldError("receivedAt", "must not be in the future"));
		}
		List<IncidentDetail> linked = new ArrayList<>();
		if (input.incidentIds() != null) {
			for (int i = 0; i < input.incidentIds().size(); i++) {
				UUID incidentId = input.incidentIds().get(i);
				if (incidentId == null) {
					errors.add(new FieldError("incidentIds[" + i + "]", "is required"));
					continue;
				}
				try {
					linked.add(incidents.get(incidentId));
				}
				catch (NotFoundException ex) {
					errors.add(new FieldError("incidentIds[" + i + "]", "no such incident"));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The case cannot be opened", errors);
		}
		for (IncidentDetail incident : linked) {
			requireUnlinked(incident.id());
		}
		return new Opening(input, title, station, unit, investigator, received, linked);
	}

	/** Opens a checked case: number, row, timeline, audit, events. */
	Case openCase(Opening o, CaseSource source, boolean demo) {
		int year = o.receivedAt().atZone(CaseViews.ZONE).getYear();
		String number = cases.nextNumber(o.input().offence().kind().numberPrefix(), year, 6);
		Case c = Case.open(UUID.randomUUID(), number, o.input().offence(), source, o.title(), blankToNull(o.input().summary()),
				o.station(), o.unit(), o.investigator() == null ? null : o.investigator().id(),
				o.investigator() == null ? null : o.investigator().name(), Boolean.TRUE.equals(o.input().enterpriseRelated()),
				o.receivedAt(), demo);
		cases.insert(c);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("number", c.number);
		after.put("kind", c.kind.name());
		after.put("offence", c.offence.name());
		after.put("status", c.status.name());
		after.put("stationCode", c.stationCode);
		after.put("responsibleUnit", c.responsibleUnit);
		after.put("source", source.name());
		audit.record(AuditAction.CREATE, CASE, c.id, AuditOutcome.SUCCESS, ChangeSummary.diff(Map.of(), after));
		finish(c);
		return c;
	}

	/** Opens a case for an incident cleared as "case opened" (the listener); none when the incident has one already. */
	@Transactional
	Optional<Case> openFromIncident(UUID incidentId, String incidentNumber, org.shouwang.cases.Offence offence,
			String title, String summary, String station, Instant receivedAt) {
		// deliveries of the same incident's event wait for each other: the second sees the first one's case
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:id, 7))").param("id", incidentId.toString())
			.query((rs, i) -> 1).list();
		if (linkedCase(incidentId).isPresent()) {
			return Optional.empty();
		}
		NewCase input = new NewCase(offence, CaseSource.INCIDENT, title, summary, station, station, null, false, null, null);
		Case c = openCase(new Opening(input, title, station, station, null, receivedAt, List.of()), CaseSource.INCIDENT, false);
		link(c, incidentId, incidentNumber);
		return Optional.of(c);
	}

	Optional<UUID> linkedCase(UUID incidentId) {
		return jdbc.sql("SELECT case_id FROM case_incident WHERE incident_id = :id").param("id", incidentId).query(UUID.class).optional();
	}

	private void requireUnlinked(UUID incidentId) {
		if (linkedCase(incidentId).isPresent()) {
			throw new ConflictException("The incident is already linked to a case");
		}
	}

	private void link(Case c, UUID incidentId, String number) {
		Instant now = clock.instant();
		int n = jdbc.sql("""
				INSERT INTO case_incident (incident_id, case_id, incident_number, linked_at) VALUES (:incident, :case, :number, :at)
				ON CONFLICT (incident_id) DO NOTHING""")
			.param("incident", incidentId)
			.param("case", c.id)
			.param("number", number)
			.param("at", Cases.ts(now))
			.update();
		if (n == 0) {
			throw new ConflictException("The incident is already linked to a case");
		}
		Case fresh = cases.find(c.id).orElseThrow();
		fresh.incidentLinked(number, now);
		cases.appendSteps(fresh, actor());
		audit.record("LINK_INCIDENT", CASE, c.id, AuditOutcome.SUCCESS,
				ChangeSummary.diff(Map.of(), Map.of("incident", number)));
	}

	// ---- reading

	@Override
	@Transactional(readOnly = true)
	public CaseDetail get(UUID id) {
		Case c = visible(id, false);
		return views.detail(c, cases.commandAssisted(c.id, properties.commandCentreUnit()));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CaseSummary> list(CaseFilter filter, int page, int size) {
		Page.check(page, size);
		return views.list(filter, scope(), page, size);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseSummary> caseOfIncident(UUID incidentId) {
		return views.ofIncident(incidentId, scope());
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CaseSummary> overdueStages(boolean enterpriseOnly, int page, int size) {
		Page.check(page, size);
		return views.overdue(scope(), enterpriseOnly, page, size);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CaseSummary> queue(long investigatorId, int page, int size) {
		Page.check(page, size);
		return views.queue(scope(), investigatorId, page, size);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Apprehension> overdueWithdrawals(int page, int size) {
		Page.check(page, size);
		return views.overdueWithdrawals(scope(), page, size);
	}

	/** The case if it exists and is visible (else 404), locked for a change when {@code forUpdate}. */
	Case visible(UUID id, boolean forUpdate) {
		if (id == null || !cases.visible(id, scope())) {
			throw new NotFoundException(CASE);
		}
		return (forUpdate ? cases.findForUpdate(id) : cases.find(id)).orElseThrow(() -> new NotFoundException(CASE));
	}

	// ---- lifecycle

	@Override
	@Transactional
	public CaseDetail register(UUID id) {
		return change(id, "REGISTER", c -> c.register(clock.instant()));
	}

	@Override
	@Transactional
	public CaseDetail decline(UUID id, ReasonInput input) {
		return change(id, "DECLINE", c -> c.decline(input == null ? null : input.reason(), clock.instant()));
	}

	@Override
	@Transactional
	public CaseDetail investigate(UUID id) {
		return change(id, "INVESTIGATE", c -> c.investigate(clock.instant()));
	}

	@Override
	@Transactional
	public CaseDetail solve(UUID id, SolveInput input) {
		return change(id, "SOLVE", c -> c.solve(new Case.SolveConditions(input != null && Boolean.TRUE.equals(input.factsProven()),
				input != null && Boolean.TRUE.equals(input.actProven()),
				input != null && Boolean.TRUE.equals(input.mainSuspectInCustody())), clock.instant(),
				cases.commandAssisted(c.id, properties.commandCentreUnit())));
	}

	@Override
	@Transactional
	public CaseDetail transferForProsecution(UUID id) {
		return change(id, "PROSECUTE", c -> c.transferForProsecution(clock.instant()));
	}

	@Override
	@Transactional
	public CaseDetail withdraw(UUID id, ReasonInput input) {
		return change(id, "WITHDRAW", c -> c.withdraw(input == null ? null : input.reason(), clock.instant()));
	}

	@Override
	@Transactional
	public CaseDetail decide(UUID id, DecisionInput input) {
		if (input == null) {
			throw new InvalidInputException("penalty", "is required");
		}
		return change(id, "DECIDE", c -> c.decide(input.penalty(), input.fineYuan(), input.detentionDays(), clock.instant()));
	}

	@Override
	@Transactional
	public CaseDetail mediate(UUID id) {
		return change(id, "MEDIATE", c -> c.mediate(clock.instant()));
	}

	@Override
	@Transactional
	public CaseDetail conclude(UUID id) {
		return change(id, "CONCLUDE", c -> c.conclude(clock.instant()));
	}

	@Override
	@Transactional
	public CaseDetail reopen(UUID id, ReasonInput input) {
		return change(id, "REOPEN", c -> c.reopen(input == null ? null : input.reason(), clock.instant()));
	}

	@Override
	@Transactional
	public CaseDetail assign(UUID id, AssignInput input) {
		if (input == null || input.responsibleUnit() == null || input.responsibleUnit().isBlank()) {
			throw new InvalidInputException("responsibleUnit", "is required");
		}
		String unit = input.responsibleUnit().strip();
		if (directory.findUnit(unit).filter(OrgUnit::active).isEmpty()) {
			throw new InvalidInputException("responsibleUnit", "must be an active unit");
		}
		Officer officer = null;
		if (input.leadInvestigatorId() != null) {
			officer = directory.findOfficer(input.leadInvestigatorId()).filter(Officer::active)
				.orElseThrow(() -> new InvalidInputException("leadInvestigatorId", "must be an active officer"));
		}
		Officer lead = officer;
		return change(id, "ASSIGN", c -> c.assign(unit, lead == null ? null : lead.id(), lead == null ? null : lead.name(),
				clock.instant()));
	}

	@Override
	@Transactional
	public CaseDetail markEnterpriseRelated(UUID id, boolean enterpriseRelated) {
		return change(id, "FLAG_ENTERPRISE", c -> c.markEnterpriseRelated(enterpriseRelated, clock.instant()));
	}

	@Override
	@Transactional
	public CaseDetail linkIncident(UUID caseId, UUID incidentId) {
		Case c = visible(caseId, true);
		if (incidentId == null) {
			throw new InvalidInputException("incidentId", "is required");
		}
		IncidentDetail incident = incidents.get(incidentId);
		requireUnlinked(incidentId);
		link(c, incident.id(), incident.number());
		return get(caseId);
	}

	/** Loads the case in scope, applies one transition, writes it with timeline, audit and events. */
	private CaseDetail change(UUID id, String action, Consumer<Case> transition) {
		Case c = visible(id, true);
		Map<String, Object> before = state(c);
		transition.accept(c);
		cases.update(c);
		audit.record(action, CASE, c.id, AuditOutcome.SUCCESS, ChangeSummary.diff(before, state(c)));
		finish(c);
		return views.detail(c, cases.commandAssisted(c.id, properties.commandCentreUnit()));
	}

	private void finish(Case c) {
		cases.appendSteps(c, actor());
		c.events().forEach(events::publishEvent);
		events.publishEvent(new IndicatorRecordChanged(CASE, c.id));
	}

	private static Map<String, Object> state(Case c) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("status", c.status.name());
		m.put("responsibleUnit", c.responsibleUnit);
		m.put("leadInvestigator", c.leadInvestigatorName);
		m.put("enterpriseRelated", c.enterpriseRelated);
		m.put("penalty", c.penalty == null ? null : c.penalty.name());
		m.put("fineYuan", c.fineYuan);
		m.put("detentionDays", c.detentionDays);
		m.put("reason", c.status == org.shouwang.cases.CaseStatus.DECLINED ? c.declineReason
				: c.status == org.shouwang.cases.CaseStatus.WITHDRAWN ? c.withdrawReason : null);
		m.put("reopenCount", c.reopenCount);
		return m;
	}

	// ---- persons

	@Override
	@Transactional
	public Person addPerson(UUID caseId, PersonInput input) {
		Case c = visible(caseId, true);
		if (c.status.closed()) {
			throw new ConflictException("A closed case takes no new persons; reopen it first");
		}
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		if (input.role() == null) {
			errors.add(new FieldError("role", "is required"));
		}
		String name = input.name() == null ? "" : input.name().strip();
		if (name.isEmpty() || name.length() > 64) {
			errors.add(new FieldError("name", "is required, at most 64 characters"));
		}
		int thisYear = Year.now(CaseViews.ZONE).getValue();
		if (input.birthYear() != null && (input.birthYear() < 1900 || input.birthYear() > thisYear)) {
			errors.add(new FieldError("birthYear", "must be between 1900 and " + thisYear));
		}
		String idNumber = input.idNumber() == null || input.idNumber().isBlank() ? null : input.idNumber().strip().toUpperCase();
		if (idNumber != null && !ID_NUMBER.matcher(idNumber).matches()) {
			errors.add(new FieldError("idNumber", "must be an 18-character resident ID number"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The person cannot be added", errors);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO case_person (id, case_id, role, name, sex, birth_year, id_number)
				VALUES (:id, :case, :role, :name, :sex, :birth, :idNumber)""")
			.param("id", id)
			.param("case", caseId)
			.param("role", input.role().name())
			.param("name", name)
			.param("sex", input.sex() == null ? null : input.sex().name())
			.param("birth", input.birthYear())
			.param("idNumber", idNumber)
			.update();
		audit.record(AuditAction.CREATE, "CasePerson", id, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.mask("name", Masking::name)
			.mask("idNumber", Masking::idNumber)
			.diff(Map.of(), mapOf("case", c.number, "role", input.role().name(), "name", name, "idNumber", idNumber)));
		return person(caseId, id, false);
	}

	@Override
	@Transactional
	public Person unmaskedPerson(UUID caseId, UUID personId) {
		visible(caseId, false);
		if (!SignedInUser.current().map(u -> u.holds(Permissions.PII_UNMASK)).orElse(false)) {
			throw new AccessDeniedException("pii:unmask needed");
		}
		Person person = person(caseId, personId, true);
		audit.record(AuditAction.READ_UNMASKED, "CasePerson", personId, AuditOutcome.SUCCESS);
		return person;
	}

	private Person person(UUID caseId, UUID personId, boolean unmask) {
		return jdbc.sql("SELECT * FROM case_person WHERE id = :id AND case_id = :case")
			.param("id", personId)
			.param("case", caseId)
			.query((rs, i) -> CaseViews.person(rs, unmask))
			.optional()
			.orElseThrow(() -> new NotFoundException("Person"));
	}

	// ---- apprehensions

	@Override
	@Transactional
	public Apprehension addApprehension(UUID caseId, ApprehensionInput input) {
		Case c = visible(caseId, true);
		if (c.status.closed()) {
			throw new ConflictException("A closed case takes no new apprehensions; reopen it first");
		}
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		if (input.personId() == null) {
			errors.add(new FieldError("personId", "is required"));
		}
		else {
			Optional<String> role = jdbc.sql("SELECT role FROM case_person WHERE id = :id AND case_id = :case")
				.param("id", input.personId())
				.param("case", caseId)
				.query(String.class)
				.optional();
			if (role.isEmpty() || !role.get().equals(PersonRole.SUSPECT.name())) {
				errors.add(new FieldError("personId", "must be a suspect of this case"));
			}
		}
		Instant now = clock.instant();
		Instant at = input.apprehendedAt() == null ? now : input.apprehendedAt().toInstant();
		if (at.isAfter(now.plusSeconds(300))) {
			errors.add(new FieldError("apprehendedAt", "must not be in the future"));
		}
		else if (at.isBefore(c.receivedAt.minus(java.time.Duration.ofDays(365)))) {
			errors.add(new FieldError("apprehendedAt", "must not be long before the case"));
		}
		String place = input.place() == null ? "" : input.place().strip();
		if (place.isEmpty() || place.length() > 200) {
			errors.add(new FieldError("place", "is required, at most 200 characters"));
		}
		String unit = input.unitCode() == null || input.unitCode().isBlank() ? c.responsibleUnit : input.unitCode().strip();
		if (directory.findUnit(unit).filter(OrgUnit::active).isEmpty()) {
			errors.add(new FieldError("unitCode", "must be an active unit"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The apprehension cannot be recorded", errors);
		}
		UUID id = UUID.randomUUID();
		boolean fugitive = Boolean.TRUE.equals(input.onlineFugitive());
		boolean supported = Boolean.TRUE.equals(input.commandSupported());
		jdbc.sql("""
				INSERT INTO case_apprehension (id, case_id, person_id, apprehended_at, place, unit_code, command_supported,
				    online_fugitive) VALUES (:id, :case, :person, :at, :place, :unit, :supported, :fugitive)""")
			.param("id", id)
			.param("case", caseId)
			.param("person", input.personId())
			.param("at", Cases.ts(at))
			.param("place", place)
			.param("unit", unit)
			.param("supported", supported)
			.param("fugitive", fugitive)
			.update();
		audit.record(AuditAction.CREATE, APPREHENSION, id, AuditOutcome.SUCCESS, ChangeSummary.diff(Map.of(),
				mapOf("case", c.number, "unit", unit, "onlineFugitive", fugitive, "commandSupported", supported)));
		appendStep(caseId, "APPREHENSION", at, unit + (fugitive ? " / 网上在逃" : ""));
		events.publishEvent(new SuspectApprehended(id, caseId, c.number, at, fugitive, supported));
		events.publishEvent(new IndicatorRecordChanged(APPREHENSION, id));
		return views.apprehension(id).orElseThrow();
	}

	@Override
	@Transactional
	public Apprehension recordWithdrawal(UUID caseId, UUID apprehensionId) {
		Case c = visible(caseId, true);
		Apprehension a = views.apprehension(apprehensionId).filter(x -> x.caseId().equals(caseId))
			.orElseThrow(() -> new NotFoundException(APPREHENSION));
		if (!a.onlineFugitive()) {
			throw new ConflictException("Only an online fugitive's record is withdrawn");
		}
		if (a.withdrawnAt() != null) {
			throw new ConflictException("The fugitive's record was withdrawn already");
		}
		Instant now = clock.instant();
		jdbc.sql("UPDATE case_apprehension SET withdrawn_at = :at WHERE id = :id").param("at", Cases.ts(now))
			.param("id", apprehensionId).update();
		audit.record("WITHDRAW_FUGITIVE", APPREHENSION, apprehensionId, AuditOutcome.SUCCESS,
				ChangeSummary.diff(Map.of(), Map.of("case", c.number, "withdrawnAt", now.toString())));
		appendStep(caseId, "FUGITIVE_WITHDRAWN", now, a.withdrawalDueAt() != null && now.isAfter(a.withdrawalDueAt().toInstant())
				? "overdue" : null);
		events.publishEvent(new IndicatorRecordChanged(APPREHENSION, apprehensionId));
		return views.apprehension(apprehensionId).orElseThrow();
	}

	// ---- property

	@Override
	@Transactional
	public RecoveredProperty addProperty(UUID caseId, PropertyInput input) {
		Case c = visible(caseId, true);
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		String description = input.description() == null ? "" : input.description().strip();
		if (description.isEmpty() || description.length() > 200) {
			errors.add(new FieldError("description", "is required, at most 200 characters"));
		}
		int quantity = input.quantity() == null ? 1 : input.quantity();
		if (quantity < 1 || quantity > 1_000_000) {
			errors.add(new FieldError("quantity", "must be between 1 and 1000000"));
		}
		BigDecimal value = input.valueYuan();
		if (value == null || value.signum() < 0 || value.scale() > 2 || value.compareTo(new BigDecimal("999999999999")) > 0) {
			errors.add(new FieldError("valueYuan", "is required: 元, 0 or more, at most 2 decimals"));
		}
		Instant now = clock.instant();
		Instant at = input.recoveredAt() == null ? now : input.recoveredAt().toInstant();
		if (at.isAfter(now.plusSeconds(300))) {
			errors.add(new FieldError("recoveredAt", "must not be in the future"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The property cannot be recorded", errors);
		}
		boolean returned = Boolean.TRUE.equals(input.returned());
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO case_property (id, case_id, description, quantity, value_yuan, recovered_at, returned, returned_at)
				VALUES (:id, :case, :description, :quantity, :value, :at, :returned, :returnedAt)""")
			.param("id", id)
			.param("case", caseId)
			.param("description", description)
			.param("quantity", quantity)
			.param("value", value)
			.param("at", Cases.ts(at))
			.param("returned", returned)
			.param("returnedAt", returned ? Cases.ts(now) : null)
			.update();
		audit.record(AuditAction.CREATE, "CaseProperty", id, AuditOutcome.SUCCESS, ChangeSummary.diff(Map.of(),
				mapOf("case", c.number, "description", description, "valueYuan", value, "returned", returned)));
		appendStep(caseId, "PROPERTY_RECOVERED", at, description);
		return propertyItem(caseId, id);
	}

	@Override
	@Transactional
	public RecoveredProperty markReturned(UUID caseId, UUID propertyId) {
		Case c = visible(caseId, true);
		RecoveredProperty p = propertyItem(caseId, propertyId);
		if (p.returned()) {
			throw new ConflictException("The property was returned already");
		}
		Instant now = clock.instant();
		jdbc.sql("UPDATE case_property SET returned = true, returned_at = :at WHERE id = :id").param("at", Cases.ts(now))
			.param("id", propertyId).update();
		audit.record(AuditAction.UPDATE, "CaseProperty", propertyId, AuditOutcome.SUCCESS,
				ChangeSummary.diff(Map.of("returned", false), Map.of("returned", true, "case", c.number)));
		appendStep(caseId, "PROPERTY_RETURNED", now, p.description());
		return propertyItem(caseId, propertyId);
	}

	private RecoveredProperty propertyItem(UUID caseId, UUID id) {
		return jdbc.sql("SELECT * FROM case_property WHERE id = :id AND case_id = :case")
			.param("id", id)
			.param("case", caseId)
			.query(CaseViews::mapProperty)
			.optional()
			.orElseThrow(() -> new NotFoundException("Property"));
	}

	void appendStep(UUID caseId, String type, Instant at, String note) {
		jdbc.sql("""
				INSERT INTO case_event (case_id, seq, type, at, actor, note)
				VALUES (:id, (SELECT coalesce(max(seq), 0) + 1 FROM case_event WHERE case_id = :id), :type, :at, :actor, :note)""")
			.param("id", caseId)
			.param("type", type)
			.param("at", Cases.ts(at))
			.param("actor", actor())
			.param("note", note)
			.update();
	}

	static String actor() {
		return SignedInUser.current().map(SignedInUser::username).orElse("system");
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static Map<String, Object> mapOf(Object... kv) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}
}
