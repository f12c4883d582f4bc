package org.shouwang.prevention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.geography.Geocoder;
import org.shouwang.organization.Officer;
import org.shouwang.organization.OfficerRole;
import org.shouwang.organization.OrgUnit;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.geo.Coordinates;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.prevention.internal.PatrolPlanRecords;
import org.shouwang.prevention.internal.roster.OfficerShift;
import org.shouwang.prevention.internal.roster.Roster;
import org.shouwang.prevention.internal.roster.RosterOfficer;
import org.shouwang.prevention.internal.roster.RosterSolver;
import org.shouwang.prevention.internal.roster.RosterVehicle;
import org.shouwang.prevention.internal.roster.VehicleShift;
import org.shouwang.security.DataScope;
import org.shouwang.security.SignedInUser;
import org.shouwang.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Special-period patrol plans (社会面巡逻防控) and their rosters: posts with officers and vehicles per shift, officer and
 * vehicle pools, an optimised roster solved by Timefold in the background (live score over time, stoppable, time
 * limit in seconds) and adopted only without a hard-rule violation, manual edits re-checked against every hard rule
 * (a breaking edit is refused), publication, and the deployed officers and vehicles per day.
 */
@Service
public class PatrolPlanning {

	public static final String PLAN = "PatrolPlan";

	/** Longest time limit of a solve, in seconds. */
	public static final int MAX_SOLVE_SECONDS = 120;

	private static final Logger log = LoggerFactory.getLogger(PatrolPlanning.class);

	private final PatrolPlanRecords plans;

	private final RosterSolver solver;

	private final OrganizationDirectory directory;

	private final Geocoder geocoder;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock = Clock.system(IndicatorPeriod.ZONE);

	/** Running solves of this node: plan → progress. */
	private final Map<UUID, Running> running = new ConcurrentHashMap<>();

	private record Running(UUID solveId, Instant started, List<SolveProgress.Point> points, boolean[] stopped) {
	}

	PatrolPlanning(PatrolPlanRecords plans, RosterSolver solver, OrganizationDirectory directory, Geocoder geocoder,
			AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transaction, JsonMapper json) {
		this.plans = plans;
		this.solver = solver;
		this.directory = directory;
		this.geocoder = geocoder;
		this.audit = audit;
		this.events = events;
		this.transaction = transaction;
		this.json = json;
	}

	// ---- plans

	@Transactional
	public PatrolPlanView create(PatrolPlanInput input) {
		return create(input, false);
	}

	/** Creates a plan: posts, a slot per post, day and shift with needs, the pools and leave. */
	@Transactional
	public PatrolPlanView create(PatrolPlanInput input, boolean demo) {
		DataScope scope = DataScope.current();
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		if (input.name() == null || input.name().isBlank() || input.name().strip().length() > 100) {
			errors.add(new FieldError("name", "is required, at most 100 characters"));
		}
		if (input.kind() == null) {
			errors.add(new FieldError("kind", "is required"));
		}
		if (input.startsOn() == null) {
			errors.add(new FieldError("startsOn", "is required"));
		}
		if (input.endsOn() == null) {
			errors.add(new FieldError("endsOn", "is required"));
		}
		if (input.startsOn() != null && input.endsOn() != null
				&& (input.endsOn().isBefore(input.startsOn()) || input.endsOn().toEpochDay() - input.startsOn().toEpochDay() >= 62)) {
			errors.add(new FieldError("endsOn", "must be on or after startsOn, within 62 days"));
		}
		if (input.posts().isEmpty()) {
			errors.add(new FieldError("posts", "must name at least one post"));
		}
		List<PatrolPlanRecords.Post> posts = new ArrayList<>();
		for (int i = 0; i < input.posts().size(); i++) {
			PatrolPlanInput.Post p = input.posts().get(i);
			String f = "posts[" + i + "].";
			if (p == null) {
				errors.add(new FieldError("posts[" + i + "]", "is required"));
				continue;
			}
			if (p.name() == null || p.name().isBlank() || p.name().strip().length() > 100) {
				errors.add(new FieldError(f + "name", "is required, at most 100 characters"));
			}
			if (p.kind() == null) {
				errors.add(new FieldError(f + "kind", "is required"));
			}
			List<FieldError> position = Coordinates.errors(p.lat(), p.lng(), f + "lat", f + "lng");
			errors.addAll(position);
			for (int n : new int[] { p.dayOfficers(), p.eveningOfficers(), p.nightOfficers() }) {
				if (n < 0 || n > 50) {
					errors.add(new FieldError(f + "dayOfficers", "officers per shift must be between 0 and 50"));
				}
			}
			for (int n : new int[] { p.dayVehicles(), p.eveningVehicles(), p.nightVehicles() }) {
				if (n < 0 || n > 20) {
					errors.add(new FieldError(f + "dayVehicles", "vehicles per shift must be between 0 and 20"));
				}
			}
			if (p.dayOfficers() + p.eveningOfficers() + p.nightOfficers() == 0) {
				errors.add(new FieldError(f + "dayOfficers", "a post needs officers in at least one shift"));
			}
			if (position.isEmpty() && p.name() != null && p.kind() != null) {
				String station = geocoder.locate(p.lat(), p.lng()).stationCode();
				posts.add(new PatrolPlanRecords.Post(UUID.randomUUID(), i + 1, p.name().strip(), p.kind(), p.lat(), p.lng(), station));
			}
		}
		if (!scope.branchWide() && posts.stream().anyMatch(p -> !scope.permits(p.stationCode()))) {
			errors.add(new FieldError("posts", "every post must lie in your station's jurisdiction"));
		}
		List<RosterOfficer> officers = new ArrayList<>();
		Map<Long, Set<Long>> leave = new HashMap<>();
		for (int i = 0; i < input.leave().size(); i++) {
			PatrolPlanInput.Leave l = input.leave().get(i);
			if (l == null || l.officerId() == null || l.days() == null) {
				errors.add(new FieldError("leave[" + i + "]", "needs an officerId and days"));
				continue;
			}
			for (LocalDate d : l.days()) {
				leave.computeIfAbsent(l.officerId(), k -> new HashSet<>()).add(d.toEpochDay());
			}
		}
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < input.officerIds().size(); i++) {
			Long id = input.officerIds().get(i);
			if (id == null || !seen.add(id)) {
				errors.add(new FieldError("officerIds[" + i + "]", "must be a distinct officer id"));
				continue;
			}
			Officer officer = directory.findOfficer(id).filter(Officer::active).orElse(null);
			String station = officer == null ? null : directory.stationOf(officer.unitCode()).map(OrgUnit::code).orElse(null);
			if (officer == null || !scope.permits(station) && !scope.branchWide()) {
				errors.add(new FieldError("officerIds[" + i + "]", "is not an active officer you may roster"));
				continue;
			}
			officers.add(new RosterOfficer(officer.id(), officer.badgeNumber(), officer.name(), station,
					officer.role() != OfficerRole.AUXILIARY, leave.getOrDefault(id, Set.of())));
		}
		if (!leave.keySet().stream().allMatch(seen::contains)) {
			errors.add(new FieldError("leave", "names an officer outside the pool"));
		}
		if (officers.isEmpty() && input.officerIds().isEmpty()) {
			errors.add(new FieldError("officerIds", "the pool needs officers"));
		}
		List<RosterVehicle> vehicles = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < input.vehicles().size(); i++) {
			PatrolPlanInput.Vehicle v = input.vehicles().get(i);
			if (v == null || v.code() == null || v.code().isBlank() || v.code().strip().length() > 32 || !codes.add(v.code().strip())) {
				errors.add(new FieldError("vehicles[" + i + "].code", "must be a distinct code of at most 32 characters"));
				continue;
			}
			vehicles.add(new RosterVehicle(v.code().strip(), v.stationCode()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The plan has invalid fields; nothing was created", errors);
		}
		List<PatrolPlanRecords.Slot> slots = new ArrayList<>();
		for (LocalDate d = input.startsOn(); !d.isAfter(input.endsOn()); d = d.plusDays(1)) {
			for (int i = 0; i < posts.size(); i++) {
				PatrolPlanInput.Post p = input.posts().get(i);
				addSlot(slots, posts.get(i), d, Shift.NIGHT, p.nightOfficers(), p.nightVehicles());
				addSlot(slots, posts.get(i), d, Shift.DAY, p.dayOfficers(), p.dayVehicles());
				addSlot(slots, posts.get(i), d, Shift.EVENING, p.eveningOfficers(), p.eveningVehicles());
			}
		}
		PatrolPlanRecords.Plan plan = new PatrolPlanRecords.Plan(UUID.randomUUID(), plans.nextNumber(), input.name().strip(),
				input.kind(), input.startsOn(), input.endsOn(), PlanStatus.DRAFT, scope.station().orElse(null), null, demo, 0);
		plans.insert(plan, posts, slots, officers, vehicles);
		audit.record(AuditAction.CREATE, PLAN, plan.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder()
					.change("name", null, plan.name())
					.change("kind", null, plan.kind())
					.change("startsOn", null, plan.startsOn())
					.change("endsOn", null, plan.endsOn())
					.change("posts", null, posts.size())
					.change("slots", null, slots.size())
					.change("officers", null, officers.size())
					.change("vehicles", null, vehicles.size())
					.build());
		return view(plan);
	}

	private static void addSlot(List<PatrolPlanRecords.Slot> slots, PatrolPlanRecords.Post post, LocalDate day, Shift shift,
			int officers, int vehicles) {
		if (officers > 0) {
			slots.add(new PatrolPlanRecords.Slot(UUID.randomUUID(), post.id(), day, shift, officers, vehicles));
		}
	}

	@Transactional(readOnly = true)
	public PatrolPlanView get(UUID id) {
		return view(plan(id));
	}

	@Transactional(readOnly = true)
	public Page<PatrolPlanView> list(Integer year, int page, int size) {
		Page.check(page, size);
		return plans.list(year, DataScope.current(), page, size).map(this::view);
	}

	/** The roster with its score and the hard rules it breaks. */
	@Transactional(readOnly = true)
	public RosterView roster(UUID id) {
		PatrolPlanRecords.Loaded loaded = plans.load(plan(id));
		HardSoftLongScore score = solver.score(loaded.roster());
		return rosterView(loaded, score, solver.brokenRules(loaded.roster()));
	}

	// ---- solving

	/** Starts solving the plan's roster in the background for {@code seconds} (1–120); refused while one runs. */
	@Transactional
	public SolveProgress solve(UUID id, Integer seconds) {
		int limit = seconds == null ? (int) RosterSolver.DEFAULT_LIMIT.toSeconds() : seconds;
		if (limit < 1 || limit > MAX_SOLVE_SECONDS) {
			throw new InvalidInputException("seconds", "must be between 1 and " + MAX_SOLVE_SECONDS);
		}
		PatrolPlanRecords.Plan plan = plan(id);
		if (running.containsKey(id)) {
			throw new ConflictException("The roster of this plan is being solved already");
		}
		PatrolPlanRecords.Loaded loaded = plans.load(plan);
		Roster problem = loaded.roster();
		if (problem.getOfficers().isEmpty() || (problem.getVehicles().isEmpty() && !problem.getVehicleShifts().isEmpty())) {
			throw new InvalidInputException("pool", "the plan needs officers (and vehicles where posts need them)");
		}
		String user = SignedInUser.current().map(SignedInUser::username).orElse(SystemActor.SYSTEM);
		Instant started = clock.instant();
		UUID solveId = plans.startSolve(id, user, started);
		audit.record("SOLVE", PLAN, id, AuditOutcome.SUCCESS, ChangeSummary.builder().change("seconds", null, limit).build());
		Running run = new Running(solveId, started, new CopyOnWriteArrayList<>(), new boolean[1]);
		running.put(id, run);
		org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
				new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						startSolver(id, problem, limit, run);
					}

					@Override
					public void afterCompletion(int status) {
						if (status != STATUS_COMMITTED) {
							running.remove(id);
						}
					}
				});
		return new SolveProgress("RUNNING", started, null, null, List.of());
	}

	private void startSolver(UUID planId, Roster problem, int limit, Running run) {
		solver.manager()
			.solveBuilder()
			.withProblemId(planId)
			.withProblem(problem)
			.withConfigOverride(new SolverConfigOverride<Roster>()
				.withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(limit))))
			.withBestSolutionEventConsumer(event -> {
				HardSoftLongScore score = event.solution().getScore();
				if (score != null && score.isSolutionInitialized()) {
					run.points().add(new SolveProgress.Point(Duration.between(run.started(), clock.instant()).toMillis(),
							score.hardScore(), score.softScore()));
				}
			})
			.withFinalBestSolutionConsumer(best -> adopt(planId, best, run))
			.withExceptionHandler((problemId, error) -> {
				log.warn("Roster solve of plan {} failed", problemId, error);
				running.remove(planId);
				SystemActor.run(SystemActor.SYSTEM, () -> transaction.executeWithoutResult(
						s -> plans.endSolve(run.solveId(), "FAILED", null, progressJson(run), clock.instant())));
			})
			.run();
	}

	/** Adopts the final best roster when complete and without a broken hard rule; else records it as infeasible. */
	private void adopt(UUID planId, Roster best, Running run) {
		try {
			SystemActor.run(SystemActor.SYSTEM, () -> transaction.executeWithoutResult(status -> {
				HardSoftLongScore score = solver.score(best);
				boolean feasible = RosterSolver.feasible(best, score);
				PatrolPlanRecords.Plan plan = plans.find(planId, DataScope.branch()).orElseThrow();
				String outcome = feasible ? "ADOPTED" : "INFEASIBLE";
				if (feasible) {
					plans.replaceAssignments(planId, best);
					plans.setStatus(plan, plan.status() == PlanStatus.PUBLISHED ? PlanStatus.PUBLISHED : PlanStatus.ROSTERED,
							score.toString());
					events.publishEvent(new IndicatorRecordChanged(PLAN, planId));
				}
				plans.endSolve(run.solveId(), run.stopped()[0] && !feasible ? "STOPPED" : outcome, score.toString(),
						progressJson(run), clock.instant());
				audit.record("SOLVE", PLAN, planId, feasible ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
						ChangeSummary.builder().change("outcome", null, outcome).change("score", null, score.toString()).build());
			}));
		}
		finally {
			running.remove(planId);
		}
	}

	/** Stops a running solve; its best roster so far is adopted if it breaks no hard rule. */
	public SolveProgress stop(UUID id) {
		plan(id);
		Running run = running.get(id);
		if (run == null) {
			throw new ConflictException("No solve of this plan is running");
		}
		run.stopped()[0] = true;
		solver.manager().terminateEarly(id);
		return progress(id);
	}

	/** The running or latest solve: status and best score over time. */
	@Transactional(readOnly = true)
	public SolveProgress progress(UUID id) {
		plan(id);
		Running run = running.get(id);
		if (run != null) {
			List<SolveProgress.Point> points = List.copyOf(run.points());
			SolveProgress.Point last = points.isEmpty() ? null : points.get(points.size() - 1);
			return new SolveProgress("RUNNING", run.started(), null,
					last == null ? null : HardSoftLongScore.of(last.hard(), last.soft()).toString(), points);
		}
		return plans.latestSolve(id).map(r -> {
			List<SolveProgress.Point> points = r[4] == null ? List.of()
					: List.of(json.readValue((String) r[4], SolveProgress.Point[].class));
			return new SolveProgress((String) r[0], (Instant) r[1], (Instant) r[2], (String) r[3], points);
		}).orElse(new SolveProgress("NONE", null, null, null, List.of()));
	}

	private String progressJson(Running run) {
		return json.writeValueAsString(run.points());
	}

	// ---- manual edits, import, publication

	/** Puts an officer or vehicle in one position; refused (400, with the rules) when it would break a hard rule. */
	@Transactional
	public RosterView edit(UUID id, RosterEdit edit) {
		PatrolPlanRecords.Plan plan = plan(id);
		if (running.containsKey(id)) {
			throw new ConflictException("The roster is being solved; stop the solve first");
		}
		if (edit == null || edit.slotId() == null || edit.position() == null) {
			throw new InvalidInputException("slotId", "slotId and position are required");
		}
		PatrolPlanRecords.Loaded loaded = plans.load(plan);
		Roster roster = loaded.roster();
		List<String> before = solver.brokenRules(roster);
		String what;
		if (edit.forVehicle()) {
			VehicleShift shift = roster.getVehicleShifts().stream()
				.filter(s -> s.getSlotId().equals(edit.slotId()) && s.getPosition() == edit.position())
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("position", "no such vehicle position in the plan"));
			RosterVehicle vehicle = roster.getVehicles().stream().filter(v -> v.code().equals(edit.vehicleCode())).findFirst()
				.orElseThrow(() -> new InvalidInputException("vehicleCode", "is not a vehicle of the plan's pool"));
			what = (shift.getVehicle() == null ? "-" : shift.getVehicle().code()) + " → " + vehicle.code();
			shift.setVehicle(vehicle);
		}
		else {
			OfficerShift shift = roster.getOfficerShifts().stream()
				.filter(s -> s.getSlotId().equals(edit.slotId()) && s.getPosition() == edit.position())
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("position", "no such officer position in the plan"));
			RosterOfficer officer = roster.getOfficers().stream().filter(o -> o.is(edit.officerId())).findFirst()
				.orElseThrow(() -> new InvalidInputException("officerId", "is not an officer of the plan's pool"));
			what = (shift.getOfficer() == null ? "-" : shift.getOfficer().getBadge()) + " → " + officer.getBadge();
			shift.setOfficer(officer);
		}
		HardSoftLongScore score = solver.score(roster);
		List<String> after = solver.brokenRules(roster);
		List<String> introduced = new ArrayList<>(after);
		if (score.hardScore() < 0 && !(after.isEmpty())) {
			if (!before.isEmpty() && introduced.equals(before)) {
				introduced = List.of();
			}
			if (!introduced.isEmpty()) {
				throw new InvalidInputException("The edit breaks a hard rule and was refused: " + String.join("; ", after),
						after.stream().map(r -> new FieldError(edit.forVehicle() ? "vehicleCode" : "officerId", r)).toList());
			}
		}
		if (edit.forVehicle()) {
			plans.setVehicle(id, edit.slotId(), edit.position(), edit.vehicleCode());
		}
		else {
			plans.setOfficer(id, edit.slotId(), edit.position(), edit.officerId());
		}
		PatrolPlanStatusChange change = statusAfterEdit(plan, roster, score);
		plans.setStatus(plan, change.status(), score.toString());
		audit.record(AuditAction.UPDATE, PLAN, id, AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("position", null, what).change("score", plan.score(), score.toString()).build());
		events.publishEvent(new IndicatorRecordChanged(PLAN, id));
		return rosterView(loaded, score, after);
	}

	private record PatrolPlanStatusChange(PlanStatus status) {
	}

	private static PatrolPlanStatusChange statusAfterEdit(PatrolPlanRecords.Plan plan, Roster roster, HardSoftLongScore score) {
		if (plan.status() == PlanStatus.PUBLISHED) {
			return new PatrolPlanStatusChange(PlanStatus.PUBLISHED);
		}
		return new PatrolPlanStatusChange(RosterSolver.feasible(roster, score) ? PlanStatus.ROSTERED : PlanStatus.DRAFT);
	}

	/**
	 * Adopts a whole roster given from outside (a roster drawn up by hand elsewhere, the demo district): officer ids
	 * and vehicle codes by slot and position; refused unless complete and without a broken hard rule.
	 */
	@Transactional
	public PatrolPlanView importRoster(UUID id, Map<UUID, List<Long>> officersBySlot, Map<UUID, List<String>> vehiclesBySlot) {
		PatrolPlanRecords.Plan plan = plan(id);
		PatrolPlanRecords.Loaded loaded = plans.load(plan);
		Roster roster = loaded.roster();
		Map<Long, RosterOfficer> officers = new HashMap<>();
		roster.getOfficers().forEach(o -> officers.put(o.getId(), o));
		Map<String, RosterVehicle> vehicles = new HashMap<>();
		roster.getVehicles().forEach(v -> vehicles.put(v.code(), v));
		for (OfficerShift s : roster.getOfficerShifts()) {
			List<Long> ids = officersBySlot.getOrDefault(s.getSlotId(), List.of());
			s.setOfficer(s.getPosition() < ids.size() ? officers.get(ids.get(s.getPosition())) : null);
		}
		for (VehicleShift s : roster.getVehicleShifts()) {
			List<String> codes = vehiclesBySlot.getOrDefault(s.getSlotId(), List.of());
			s.setVehicle(s.getPosition() < codes.size() ? vehicles.get(codes.get(s.getPosition())) : null);
		}
		HardSoftLongScore score = solver.score(roster);
		if (!RosterSolver.feasible(roster, score)) {
			throw new InvalidInputException("roster", "the roster is incomplete or breaks a hard rule: "
					+ String.join("; ", solver.brokenRules(roster)));
		}
		plans.replaceAssignments(id, roster);
		plans.setStatus(plan, plan.status() == PlanStatus.PUBLISHED ? PlanStatus.PUBLISHED : PlanStatus.ROSTERED, score.toString());
		audit.record(AuditAction.IMPORT, PLAN, id, AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("score", plan.score(), score.toString()).build());
		events.publishEvent(new IndicatorRecordChanged(PLAN, id));
		return get(id);
	}

	/** Puts a rostered plan in force. */
	@Transactional
	public PatrolPlanView publish(UUID id) {
		PatrolPlanRecords.Plan plan = plan(id);
		if (plan.status() != PlanStatus.ROSTERED) {
			throw new ConflictException(plan.status() == PlanStatus.PUBLISHED ? "The plan is published already"
					: "Only a plan with a complete roster without broken rules can be published");
		}
		plans.setStatus(plan, PlanStatus.PUBLISHED, plan.score());
		audit.record(AuditAction.UPDATE, PLAN, id, AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("status", plan.status(), PlanStatus.PUBLISHED).build());
		events.publishEvent(new PatrolPlanPublished(id, plan.startsOn(), plan.endsOn()));
		events.publishEvent(new IndicatorRecordChanged(PLAN, id));
		return get(id);
	}

	// ---- helpers

	private PatrolPlanRecords.Plan plan(UUID id) {
		return plans.find(id, DataScope.current()).orElseThrow(() -> new NotFoundException("Patrol plan " + id));
	}

	private PatrolPlanView view(PatrolPlanRecords.Plan plan) {
		int[] sizes = plans.sizes(plan.id());
		return new PatrolPlanView(plan.id(), plan.number(), plan.name(), plan.kind(), plan.startsOn(), plan.endsOn(),
				plan.status(), plan.score(), sizes[0], sizes[1], sizes[2], sizes[3], sizes[4], plans.deployments(plan), plan.demo());
	}

	private static RosterView rosterView(PatrolPlanRecords.Loaded loaded, HardSoftLongScore score, List<String> broken) {
		Map<UUID, List<OfficerShift>> officers = new HashMap<>();
		loaded.roster().getOfficerShifts().forEach(s -> officers.computeIfAbsent(s.getSlotId(), k -> new ArrayList<>()).add(s));
		Map<UUID, List<VehicleShift>> vehicles = new HashMap<>();
		loaded.roster().getVehicleShifts().forEach(s -> vehicles.computeIfAbsent(s.getSlotId(), k -> new ArrayList<>()).add(s));
		List<RosterView.Slot> slots = new ArrayList<>();
		for (PatrolPlanRecords.Slot slot : loaded.slots().values()) {
			PatrolPlanRecords.Post post = loaded.posts().get(slot.postId());
			List<RosterView.Officer> o = officers.getOrDefault(slot.id(), List.of()).stream()
				.sorted(java.util.Comparator.comparingInt(OfficerShift::getPosition))
				.map(s -> s.getOfficer() == null ? null : new RosterView.Officer(s.getOfficer().getId(), s.getOfficer().getBadge(),
						s.getOfficer().getName(), s.getOfficer().getStationCode(), s.getOfficer().isSworn()))
				.toList();
			List<String> v = vehicles.getOrDefault(slot.id(), List.of()).stream()
				.sorted(java.util.Comparator.comparingInt(VehicleShift::getPosition))
				.map(s -> s.getVehicle() == null ? null : s.getVehicle().code())
				.toList();
			slots.add(new RosterView.Slot(slot.id(), post.name(), post.kind(), post.stationCode(), slot.day(), slot.shift(),
					new ArrayList<>(o), new ArrayList<>(v)));
		}
		return new RosterView(loaded.plan().id(), score.toString(), broken, slots);
	}
}
