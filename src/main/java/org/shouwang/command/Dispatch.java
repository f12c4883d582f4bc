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
	 * needs (if any).
	 */
	@Transactional(readOnly = true)
	public List<Recommendation> recommend(UUID incidentId, int limit) {
		if (limit < 1 || limit > MAX_RECOMMENDATIONS) {
			throw new InvalidInputException("limit", "must be between 1 and " + MAX_RECOMMENDATIONS);
		}
		IncidentRow incident = incidents.find(incidentId).orElseThrow(() -> new NotFoundException(Incidents.OBJECT_TYPE));
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
	public Incident dispatch(UUID incidentId, DispatchRequest request) {
		if (request == null) {
			throw new InvalidInputException("The request body is required.", List.of(new FieldError("body", "is required")));
		}
		check(request);
		IncidentRow incident = incidents.lock(incidentId).orElseThrow(() -> new NotFoundException(Incidents.OBJECT_TYPE));
		DutyUnit unit = board.activeDutyUnit(request.unitId());
		if (!incident.status().isOpen()) {
			throw new ConflictException("The incident is " + incident.status() + "; no unit can be sent.");
		}
		Instant now = clock.instant();
		Instant at = time("at", request.at(), incidents.lastEventAt(incidentId), now);
		units.ensure(unit.id(), now);
		UnitRepository.State taken = units.take(unit.id(), incidentId, now)
			.orElseThrow(() -> new ConflictException("The unit " + unit.callSign() + " is not AVAILABLE."));
		incidents.addAssignment(incidentId, unit.id(), at);
		IncidentStatus status = incident.status() == IncidentStatus.NEW ? IncidentStatus.DISPATCHED : incident.status();
		Instant first = incident.firstDispatchedAt() == null ? at : incident.firstDispatchedAt();
		incidents.dispatched(incidentId, status, first, now);
		incidents.addEvent(incidentId, "DISPATCHED", status, at, now, Caller.name(), unit.id(), blankToNull(request.note()));
		audit.record(DISPATCH, Incidents.OBJECT_TYPE, incidentId, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("status", incident.status().name(), status.name())
			.change("unit", null, unit.callSign())
			.build());
		board.changed(taken);
		return detail(incidentId);
	}

	// ---- progress

	/**
	 * Moves the incident (and its units) on: EN_ROUTE from DISPATCHED; ON_SCENE from DISPATCHED or EN_ROUTE;
	 * CLEARED from ON_SCENE, freeing its units. Anything else is 409.
	 */
	@Transactional
	public Incident progress(UUID incidentId, ProgressRequest request) {
		if (request == null) {
			throw new InvalidInputException("The request body is required.", List.of(new FieldError("body", "is required")));
		}
		check(request);
		IncidentRow incident = incidents.lock(incidentId).orElseThrow(() -> new NotFoundException(Incidents.OBJECT_TYPE));
		ProgressStatus target = request.status();
		if (request.disposition() != null && target != ProgressStatus.CLEARED) {
			throw new InvalidInputException("disposition", "is only given when the incident is CLEARED");
		}
		if (request.disposition() != null && !request.disposition().fits(incident.category())) {
			throw new InvalidInputException("disposition", "does not fit an incident of category " + incident.category());
		}
		if (!legal(incident.status(), target)) {
			throw new ConflictException("An incident that is " + incident.status() + " cannot become " + target + ".");
		}
		Instant now = clock.instant();
		Instant at = time("at", request.at(), incidents.lastEventAt(incidentId), now);
		String note = blankToNull(request.note());
		List<UnitRepository.State> changed;
		ChangeSummary.Builder changes = ChangeSummary.builder().change("status", incident.status().name(), target.name());
		switch (target) {
			case EN_ROUTE -> {
				incidents.advanceAssignments(incidentId, List.of("DISPATCHED"), "EN_ROUTE", at);
				changed = units.advance(incidentId, List.of(UnitStatus.DISPATCHED), UnitStatus.EN_ROUTE, now);
				incidents.updateStatus(incidentId, IncidentStatus.EN_ROUTE, now);
			}
			case ON_SCENE -> {
				incidents.advanceAssignments(incidentId, List.of("DISPATCHED", "EN_ROUTE"), "ON_SCENE", at);
				changed = units.advance(incidentId, List.of(UnitStatus.DISPATCHED, UnitStatus.EN_ROUTE), UnitStatus.ON_SCENE, now);
				Boolean within = incident.arrivalStandardSeconds() == null ? null
						: Duration.between(incident.reportedAt(), at).getSeconds() <= incident.arrivalStandardSeconds();
				incidents.onScene(incidentId, at, within, now);
				events.publishEvent(new org.shouwang.platform.indicators.IndicatorRecordChanged(IncidentIndicators.RECORD_TYPE, incidentId));
				changes.change("arrivalWithinStandard", null, within);
			}
			case CLEARED -> {
				incidents.advanceAssignments(incidentId, List.of("DISPATCHED", "EN_ROUTE", "ON_SCENE"), "CLEARED", at);
				changed = units.release(incidentId, now);
				incidents.cleared(incidentId, at, request.disposition(), note, now);
				changes.change("disposition", null, request.disposition() == null ? null : request.disposition().name());
				events.publishEvent(new IncidentCleared(incidentId, incident.number(), incident.category(),
						incident.subtype(), request.disposition(), incident.stationCode(), incident.gridCode(),
						incident.reportedAt(), at));
				if (request.disposition() == Disposition.CASE_OPENED) {
					events.publishEvent(new CriminalCaseOpened(incidentId, incident.number(), incident.category(),
							incident.subtype(), incident.stationCode(), incident.gridCode(), incident.lat(),
							incident.lng(), incident.address(), incident.summary(), incident.reportedAt(), at));
				}
			}
			default -> throw new IllegalStateException(target.name());
		}
		incidents.addEvent(incidentId, target.name(), target.incidentStatus(), at, now, Caller.name(), null, note);
		audit.record(AuditAction.UPDATE, Incidents.OBJECT_TYPE, incidentId, AuditOutcome.SUCCESS, changes.build());
		changed.forEach(board::changed);
		return detail(incidentId);
	}

	/** The legal moves of an incident's progress. */
	static boolean legal(IncidentStatus from, ProgressStatus to) {
		return switch (to) {
			case EN_ROUTE -> from == IncidentStatus.DISPATCHED;
			case ON_SCENE -> from == IncidentStatus.DISPATCHED || from == IncidentStatus.EN_ROUTE;
			case CLEARED -> from == IncidentStatus.ON_SCENE;
		};
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

	private Incident detail(UUID id) {
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
