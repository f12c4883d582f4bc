package org.shouwang.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.organization.Capability;
import org.shouwang.organization.DutyUnit;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.security.DataScope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations, dispatch and progress. A unit is taken with a conditional update (only while it is
 * AVAILABLE), so two dispatchers can never both take one unit; the incident follows NEW → DISPATCHED →
 * (EN_ROUTE →) ON_SCENE → CLEARED and nothing else; clearing frees the units and publishes
 * {@link IncidentCleared} (and {@link CriminalCaseOpened} for a case opened).
 */
@Service
public class Dispatch {

	/** Most recommendations one request returns. */
	public static final int MAX_RECOMMENDATIONS = 50;

	/** Audit action of sending a unit. */
	public static final String DISPATCH = "DISPATCH";

	private final IncidentRepository incidents;

	private final UnitRepository units;

	private final UnitBoard board;

	private final IncidentCatalogue catalogue;

	private final IncidentViews views;

	private final AuditTrail audit;

	private final Validator validator;

	private final CommandProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	Dispatch(IncidentRepository incidents, UnitRepository units, UnitBoard board, IncidentCatalogue catalogue,
			IncidentViews views, AuditTrail audit, Validator validator, CommandProperties properties,
			ApplicationEventPublisher events) {
		this.incidents = incidents;
		this.units = units;
		this.board = board;
		this.catalogue = catalogue;
		this.views = views;
		this.audit = audit;
		this.validator = validator;
		this.properties = properties;
		this.events = events;
	}

	// ---- recommendations

	/**
	 * The AVAILABLE units that reach the incident soonest, best first, with the capability its subtype
	 * needs (if any). The index's choice is re-checked against the database ({@link UnitBoard#nearest}), so a unit
	 * that another node has just sent is never offered. 404 for an incident outside the caller's scope.
	 */
	@Transactional(readOnly = true)
	public List<Recommendation> recommend(UUID incidentId, int limit) {
		IncidentRow incident = incidents.findInScope(incidentId, DataScope.current())
			.orElseThrow(() -> new NotFoundException(Incidents.OBJECT_TYPE));
		if (limit < 1 || limit > MAX_RECOMMENDATIONS) {
			throw new InvalidInputException("limit", "must be between 1 and " + MAX_RECOMMENDATIONS);
		}
		Capability required = catalogue.find(incident.category(), incident.subtype())
			.map(IncidentSubtype::requiredCapability)
			.orElse(null);
		List<Recommendation> result = new ArrayList<>();
		for (UnitIndex.Hit hit : board.nearest(incident.lat(), incident.lng(), limit, required)) {
			board.dutyUnit(hit.unit().id())
				.ifPresent(unit -> result.add(new Recommendation(unit.id(), unit.callSign(), Math.round(hit.seconds()),
						Math.round(hit.distanceMeters()), unit.kind(), unit.stationCode())));
		}
		return result;
	}

	// ---- dispatch

	/** Sends an AVAILABLE unit to an open incident; 409 when the unit is not AVAILABLE or the incident is closed. */
	@Transactional
	public IncidentDetail dispatch(UUID incidentId, DispatchRequest request) {
		Incident incident = incidents.lockInScope(incidentId, DataScope.current());
		if (request == null) {
			throw new InvalidInputException("The request body is required.", List.of(new FieldError("body", "is required")));
		}
		check(request);
		DutyUnit unit = board.activeDutyUnit(request.unitId());
		IncidentStatus before = incident.status();
		Instant now = clock.instant();
		Instant at = time("at", request.at(), incidents.lastEventAt(incidentId), now);
		incident.dispatch(unit.id(), at);
		units.ensure(unit.id(), now);
		UnitRepository.State taken = units.take(unit.id(), incidentId, now)
			.orElseThrow(() -> new ConflictException("The unit " + unit.callSign() + " is not AVAILABLE."));
		incidents.addAssignment(incidentId, unit.id(), at);
		incidents.update(incident, now);
		incidents.addEvent(incidentId, "DISPATCHED", incident.status(), at, now, Caller.name(), unit.id(),
				blankToNull(request.note()));
		audit.record(DISPATCH, Incidents.OBJECT_TYPE, incidentId, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("status", before.name(), incident.status().name())
			.change("unit", null, unit.callSign())
			.build());
		incident.pullEvents().forEach(events::publishEvent);
		board.changed(taken);
		return detail(incidentId);
	}

	// ---- progress

	/**
	 * Moves the incident (and its units) on: EN_ROUTE from DISPATCHED; ON_SCENE from DISPATCHED or EN_ROUTE;
	 * CLEARED from ON_SCENE, freeing its units. Anything else is 409 (the aggregate's rules, {@link Incident}).
	 */
	@Transactional
	public IncidentDetail progress(UUID incidentId, ProgressRequest request) {
		Incident incident = incidents.lockInScope(incidentId, DataScope.current());
		if (request == null) {
			throw new InvalidInputException("The request body is required.", List.of(new FieldError("body", "is required")));
		}
		check(request);
		ProgressStatus target = request.status();
		if (request.disposition() != null && target != ProgressStatus.CLEARED) {
			throw new InvalidInputException("disposition", "is only given when the incident is CLEARED");
		}
		if (request.disposition() != null && !request.disposition().fits(incident.category())) {
			throw new InvalidInputException("disposition", "does not fit an incident of category " + incident.category());
		}
		if (!incident.canBecome(target)) {
			throw new ConflictException("An incident that is " + incident.status() + " cannot become " + target + ".");
		}
		IncidentStatus before = incident.status();
		Instant now = clock.instant();
		Instant at = time("at", request.at(), incidents.lastEventAt(incidentId), now);
		String note = blankToNull(request.note());
		List<UnitRepository.State> changed;
		ChangeSummary.Builder changes = ChangeSummary.builder().change("status", before.name(), target.name());
		switch (target) {
			case EN_ROUTE -> {
				incident.enRoute(at);
				incidents.advanceAssignments(incidentId, AssignmentStatus.EN_ROUTE, at);
				changed = units.advance(incidentId, List.of(UnitStatus.DISPATCHED), UnitStatus.EN_ROUTE, now);
			}
			case ON_SCENE -> {
				incident.arrive(at);
				incidents.advanceAssignments(incidentId, AssignmentStatus.ON_SCENE, at);
				changed = units.advance(incidentId, List.of(UnitStatus.DISPATCHED, UnitStatus.EN_ROUTE), UnitStatus.ON_SCENE, now);
				changes.change("arrivalWithinStandard", null, incident.row().arrivalWithinStandard());
			}
			case CLEARED -> {
				incident.clear(at, request.disposition(), note);
				incidents.advanceAssignments(incidentId, AssignmentStatus.CLEARED, at);
				changed = units.release(incidentId, now);
				changes.change("disposition", null, request.disposition() == null ? null : request.disposition().name());
			}
			default -> throw new IllegalStateException(target.name());
		}
		incidents.update(incident, now);
		incidents.addEvent(incidentId, target.name(), incident.status(), at, now, Caller.name(), null, note);
		audit.record(AuditAction.UPDATE, Incidents.OBJECT_TYPE, incidentId, AuditOutcome.SUCCESS, changes.build());
		incident.pullEvents().forEach(events::publishEvent);
		changed.forEach(board::changed);
		return detail(incidentId);
	}

	private Instant time(String field, java.time.OffsetDateTime given, Instant notBefore, Instant now) {
		if (given == null) {
			// Now, but never before the previous event (a client clock a little ahead of ours).
			return notBefore != null && notBefore.isAfter(now) ? notBefore : now;
		}
		Instant at = given.toInstant();
		if (at.isAfter(now.plus(properties.clockSkew()))) {
			throw new InvalidInputException(field, "must not be in the future");
		}
		if (notBefore != null && at.isBefore(notBefore)) {
			throw new InvalidInputException(field, "must not be before the incident's previous event ("
					+ views.time(notBefore) + ")");
		}
		return at;
	}

	private void check(Object request) {
		List<FieldError> errors = new ArrayList<>();
		for (ConstraintViolation<Object> v : validator.validate(request)) {
			errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The request has invalid fields.", errors);
		}
	}

	private IncidentDetail detail(UUID id) {
		IncidentRow row = incidents.find(id).orElseThrow(() -> new NotFoundException(Incidents.OBJECT_TYPE));
		boolean unmask = Caller.mayUnmask();
		if (unmask && row.callerPhone() != null) {
			audit.record(AuditAction.READ_UNMASKED, Incidents.OBJECT_TYPE, id, AuditOutcome.SUCCESS);
		}
		return views.detail(row, unmask);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
