package org.shouwang.command;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.organization.Capability;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.DutyUnitCreated;
import org.shouwang.organization.DutyUnitDeactivated;
import org.shouwang.organization.DutyUnitKind;
import org.shouwang.organization.DutyUnitReactivated;
import org.shouwang.organization.DutyUnitUpdated;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.security.DataScope;
import org.shouwang.security.SystemActor;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The units' live board: status and positions of the organisation's active duty units, and the in-memory
 * {@link UnitIndex} of the AVAILABLE units with a position, kept current after every committed change
 * (each change carries the state's version, so a late update never overwrites a newer one).
 */
@Service
public class UnitBoard {

	static final String OBJECT_TYPE = "Unit";

	private final UnitRepository repository;

	private final OrganizationDirectory directory;

	private final TravelTimeEstimator travelTimes;

	private final AuditTrail audit;

	private final Validator validator;

	private final CommandProperties properties;

	private final UnitIndex index;

	private final Map<Long, Long> appliedVersions = new HashMap<>();

	private final Map<Long, DutyUnit> activeUnits = new ConcurrentHashMap<>();

	private final Clock clock = Clock.systemUTC();

	UnitBoard(UnitRepository repository, OrganizationDirectory directory, TravelTimeEstimator travelTimes,
			AuditTrail audit, Validator validator, CommandProperties properties) {
		this.repository = repository;
		this.directory = directory;
		this.travelTimes = travelTimes;
		this.audit = audit;
		this.validator = validator;
		this.properties = properties;
		CommandProperties.UnitIndexSettings settings = properties.unitIndex();
		this.index = settings.cellMeters() == null ? UnitIndex.adaptive(settings.referenceLat())
				: new UnitIndex(settings.cellMeters(), settings.referenceLat());
	}

	// ---- reading

	/**
	 * The active duty units in the caller's scope ({@link DataScope#current()}) with their live state, by home
	 * station and call sign; all statuses when status is null, all stations of the scope when stationCode is null.
	 */
	@Transactional(readOnly = true)
	public List<Unit> units(UnitStatus status, String stationCode) {
		DataScope scope = DataScope.current();
		String station = stationCode == null || stationCode.isBlank() ? null : stationCode.strip();
		Map<Long, UnitRepository.State> states = new HashMap<>();
		repository.all().forEach(s -> states.put(s.unitId(), s));
		return directory.activeDutyUnits()
			.stream()
			.filter(u -> scope.permits(u.stationCode()) && (station == null || station.equals(u.stationCode())))
			.map(u -> view(u, states.get(u.id())))
			.filter(u -> status == null || u.status() == status)
			.toList();
	}

	/** One active unit in the caller's scope with its live state, or 404. */
	@Transactional(readOnly = true)
	public Unit unit(long id) {
		DutyUnit unit = activeDutyUnitInScope(id);
		return view(unit, repository.find(id).orElse(null));
	}

	private Unit view(DutyUnit unit, UnitRepository.State state) {
		UnitPosition position = state == null || !state.hasPosition() ? null
				: new UnitPosition(state.lat(), state.lng(), state.positionAt().atZone(properties.zone()).toOffsetDateTime());
		return new Unit(unit.id(), unit.callSign(), unit.kind(), state == null ? UnitStatus.AVAILABLE : state.status(),
				unit.stationCode(), position, unit.capabilities(), state == null ? null : state.incidentId());
	}

	DutyUnit activeDutyUnit(long id) {
		return directory.findDutyUnit(id).filter(DutyUnit::active).orElseThrow(() -> new NotFoundException(OBJECT_TYPE));
	}

	/** The active duty unit homed in the caller's scope, or 404. */
	private DutyUnit activeDutyUnitInScope(long id) {
		DutyUnit unit = activeDutyUnit(id);
		DataScope.current().require(unit.stationCode(), OBJECT_TYPE);
		return unit;
	}

	// ---- changes

	/**
	 * Stores a reported position; a position older than the stored one is ignored. Positions are
	 * telemetry: they are not audited. A unit state first stored by the demo district is marked as demo data.
	 */
	@Transactional
	public void updatePosition(long id, PositionRequest request) {
		activeDutyUnitInScope(id);
		if (request == null) {
			throw new InvalidInputException("The request body is required.", List.of(new FieldError("body", "is required")));
		}
		List<FieldError> errors = new ArrayList<>();
		for (ConstraintViolation<PositionRequest> v : validator.validate(request)) {
			errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
		}
		Instant now = clock.instant();
		Instant at = request.at() == null ? now : request.at().toInstant();
		if (at.isAfter(now.plus(properties.clockSkew()))) {
			errors.add(new FieldError("at", "must not be in the future"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The position has invalid fields.", errors);
		}
		repository.position(id, request.lat(), request.lng(), at, SystemActor.isDemo(), now).ifPresent(this::changed);
	}

	/** Takes an idle unit out of service or back into it; 409 while it serves an incident. */
	@Transactional
	public Unit setStatus(long id, UnitStatusRequest request) {
		DutyUnit unit = activeDutyUnitInScope(id);
		if (request == null || request.status() == null) {
			throw new InvalidInputException("status", "is required");
		}
		if (request.status() != UnitStatus.AVAILABLE && request.status() != UnitStatus.OUT_OF_SERVICE) {
			throw new InvalidInputException("status",
					"must be AVAILABLE or OUT_OF_SERVICE; the other statuses follow dispatch and progress");
		}
		Instant now = clock.instant();
		repository.ensure(id, now);
		UnitRepository.State before = repository.find(id).orElseThrow();
		UnitRepository.State after = repository.setIdleStatus(id, request.status(), now)
			.orElseThrow(() -> new ConflictException("The unit serves an incident (" + before.status() + ")."));
		audit.record(AuditAction.UPDATE, OBJECT_TYPE, id, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("status", before.status().name(), after.status().name())
			.change("note", null, request.note() == null || request.note().isBlank() ? null : request.note().strip())
			.build());
		changed(after);
		return view(unit, after);
	}

	// ---- the index

	/**
	 * The {@code limit} AVAILABLE units that reach the point soonest, with the capability (null: any). The index
	 * chooses; the chosen are then re-checked against the database in one query: a unit whose stored state is newer
	 * than the index's (changed on another node, its notification not yet applied) is brought up to date in the
	 * index and the choice is made again, so a unit the database says is not AVAILABLE is never offered.
	 */
	public List<UnitIndex.Hit> nearest(double lat, double lng, int limit, Capability capability) {
		long required = capability == null ? 0L : 1L << capability.ordinal();
		DutyUnitKind[] kinds = DutyUnitKind.values();
		UnitIndex.Cost cost = (unit, distance) -> travelTimes.etaSeconds(kinds[unit.kind()], unit.lat(), unit.lng(),
				lat, lng, distance);
		for (int attempt = 1;; attempt++) {
			List<UnitIndex.Hit> hits = index.nearest(lat, lng, limit, required, cost, travelTimes.minSecondsPerMeter());
			if (hits.isEmpty()) {
				return hits;
			}
			Map<Long, UnitRepository.State> stored = new HashMap<>();
			repository.find(hits.stream().map(h -> h.unit().id()).toList()).forEach(s -> stored.put(s.unitId(), s));
			List<UnitIndex.Hit> confirmed = new ArrayList<>(hits.size());
			boolean stale = false;
			for (UnitIndex.Hit hit : hits) {
				UnitRepository.State state = stored.get(hit.unit().id());
				if (state == null) {
					stale = true;
					forget(hit.unit().id());
					continue;
				}
				if (isNewer(state)) {
					stale = true;
					apply(state);
				}
				if (state.status() == UnitStatus.AVAILABLE && state.hasPosition() && !isNewer(state)) {
					confirmed.add(hit);
				}
			}
			// After the index caught up, choose once more (at most a few times: each round applies newer states).
			if (!stale || attempt >= MAX_RECHECKS) {
				return confirmed;
			}
		}
	}

	/** Rounds of choosing and re-checking a recommendation at most. */
	static final int MAX_RECHECKS = 3;

	private synchronized boolean isNewer(UnitRepository.State state) {
		Long applied = appliedVersions.get(state.unitId());
		return applied == null || applied < state.version();
	}

	private synchronized void forget(long unitId) {
		index.remove(unitId);
	}

	/**
	 * A unit's state changed on some node (a {@code unit_state} notification with the version it reached): the
	 * index takes the stored state unless it already applied that version or a later one.
	 */
	public void notified(long unitId, long version) {
		synchronized (this) {
			Long applied = appliedVersions.get(unitId);
			if (applied != null && applied >= version) {
				return;
			}
		}
		if (!activeUnits.containsKey(unitId)) {
			// a duty unit created on another node: its organisation event reached that node only
			directory.findDutyUnit(unitId).filter(DutyUnit::active).ifPresent(u -> activeUnits.put(unitId, u));
		}
		repository.find(unitId).ifPresentOrElse(this::apply, () -> forget(unitId));
	}

	/** The home station of an active duty unit (for scoping the board's change stream). */
	public Optional<String> homeStation(long id) {
		return Optional.ofNullable(activeUnits.get(id)).map(DutyUnit::stationCode);
	}

	/** The duty unit behind an index entry (active units only). */
	Optional<DutyUnit> dutyUnit(long id) {
		return Optional.ofNullable(activeUnits.get(id));
	}

	/** Applies a changed state to the index once the transaction commits (at once outside a transaction). */
	void changed(UnitRepository.State state) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					apply(state);
				}
			});
		}
		else {
			apply(state);
		}
	}

	private synchronized void apply(UnitRepository.State state) {
		Long applied = appliedVersions.get(state.unitId());
		if (applied != null && applied >= state.version()) {
			return;
		}
		appliedVersions.put(state.unitId(), state.version());
		place(state);
	}

	private void place(UnitRepository.State state) {
		DutyUnit unit = activeUnits.get(state.unitId());
		if (unit != null && state.status() == UnitStatus.AVAILABLE && state.hasPosition()) {
			long capabilities = 0;
			for (Capability c : unit.capabilities()) {
				capabilities |= 1L << c.ordinal();
			}
			index.put(new UnitIndex.Unit(unit.id(), state.lat(), state.lng(), unit.kind().ordinal(), capabilities));
		}
		else {
			index.remove(state.unitId());
		}
	}

	/** Loads the whole index from the database (at start, after the demo district is loaded). */
	@EventListener(ApplicationReadyEvent.class)
	public synchronized void rebuild() {
		activeUnits.clear();
		directory.activeDutyUnits().forEach(u -> activeUnits.put(u.id(), u));
		index.clear();
		appliedVersions.clear();
		for (UnitRepository.State state : repository.all()) {
			appliedVersions.put(state.unitId(), state.version());
			place(state);
		}
	}

	/** Number of units in the index (AVAILABLE, with a position). */
	public int indexedUnits() {
		return index.size();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(DutyUnitCreated event) {
		refreshDutyUnit(event.dutyUnitId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(DutyUnitUpdated event) {
		refreshDutyUnit(event.dutyUnitId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(DutyUnitDeactivated event) {
		refreshDutyUnit(event.dutyUnitId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(DutyUnitReactivated event) {
		refreshDutyUnit(event.dutyUnitId());
	}

	private synchronized void refreshDutyUnit(long id) {
		Optional<DutyUnit> unit = directory.findDutyUnit(id).filter(DutyUnit::active);
		if (unit.isPresent()) {
			activeUnits.put(id, unit.get());
		}
		else {
			activeUnits.remove(id);
		}
		repository.find(id).ifPresentOrElse(state -> {
			appliedVersions.merge(id, state.version(), Math::max);
			place(state);
		}, () -> index.remove(id));
	}
}
