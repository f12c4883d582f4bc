package org.shouwang.video;

import org.shouwang.security.SystemActor;
import org.shouwang.video.internal.CameraRows;
import org.shouwang.video.internal.PatrolRows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.geography.Place;
import org.shouwang.geography.PlaceKind;
import org.shouwang.geography.Places;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Video patrols (视频巡逻): plans, the operators' work queue (due and overdue cameras) and the checks. An
 * ABNORMAL check is stored as {@link IncidentLink#PENDING_INCIDENT} and publishes {@link VideoAlertRaised} in the
 * same transaction; the command centre opens its incident (channel VIDEO_ALERT) and links it back. Lists, the
 * queue and single reads are limited to the caller's data scope (the cameras of a station user's station).
 */
@Service
public class VideoPatrols {

	/** Longest interval of a key-spot plan (重点部位至少每 30 分钟巡查一次). */
	public static final int KEY_SPOT_MAX_INTERVAL = 30;

	private final PatrolRows rows;

	private final CameraRows cameras;

	private final Places places;

	private final OrganizationDirectory organization;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final ZoneId zone;

	private final Duration grace;

	VideoPatrols(PatrolRows rows, CameraRows cameras, Places places, OrganizationDirectory organization,
			ApplicationEventPublisher events, AuditTrail audit, ObjectProvider<Clock> clock,
			@Value("${shouwang.video.zone:Asia/Shanghai}") ZoneId zone,
			@Value("${shouwang.video.patrol.grace:10m}") Duration grace) {
		this.rows = rows;
		this.cameras = cameras;
		this.places = places;
		this.organization = organization;
		this.events = events;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.zone = zone;
		this.grace = grace;
	}

	// ---- plans

	/** The plans that watch at least one camera of the caller's scope. */
	@Transactional(readOnly = true)
	public List<PatrolPlan> plans() {
		return rows.plans(null, DataScope.current());
	}

	/** The plan with this id, or 404 (also when it watches no camera of the caller's scope). */
	@Transactional(readOnly = true)
	public PatrolPlan plan(long id) {
		DataScope scope = DataScope.current();
		return rows.plan(id)
			.filter(p -> cameras.findAll(p.cameraCodes()).values().stream().anyMatch(c -> scope.permits(c.stationCode())))
			.orElseThrow(() -> new NotFoundException("Patrol plan"));
	}

	/**
	 * Creates a plan; 400 on invalid input (key spots need an interval of at most 30 minutes), 409 on a taken name.
	 * Created by the demo district's actor it is demo data.
	 */
	@Transactional
	public PatrolPlan createPlan(PatrolPlanInput input) {
		PatrolPlan plan = validated(input, 0, SystemActor.isDemo(), clock.instant());
		if (rows.nameTaken(plan.name(), null)) {
			throw new ConflictException("A patrol plan named " + plan.name() + " exists.");
		}
		long id;
		try {
			id = rows.insertPlan(plan);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("A patrol plan named " + plan.name() + " exists.");
		}
		PatrolPlan saved = rows.plan(id).orElseThrow();
		audit.record(AuditAction.CREATE, "VideoPatrolPlan", id, AuditOutcome.SUCCESS,
				ChangeSummary.diff(null, summary(saved)));
		return saved;
	}

	@Transactional
	public PatrolPlan updatePlan(long id, PatrolPlanInput input) {
		PatrolPlan before = plan(id);
		PatrolPlan changed = validated(input, id, before.demo(), before.createdAt());
		if (rows.nameTaken(changed.name(), id)) {
			throw new ConflictException("A patrol plan named " + changed.name() + " exists.");
		}
		try {
			rows.updatePlan(changed, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("A patrol plan named " + changed.name() + " exists.");
		}
		PatrolPlan after = plan(id);
		ChangeSummary changes = ChangeSummary.diff(summary(before), summary(after));
		if (!changes.isEmpty()) {
			audit.record(AuditAction.UPDATE, "VideoPatrolPlan", id, AuditOutcome.SUCCESS, changes);
		}
		return after;
	}

	private PatrolPlan validated(PatrolPlanInput in, long id, boolean demo, Instant created) {
		List<FieldError> errors = new ArrayList<>();
		if (in == null) {
			throw new InvalidInputException("body", "must not be empty");
		}
		if (in.name() == null || in.name().isBlank()) {
			errors.add(new FieldError("name", "must not be blank"));
		}
		else if (in.name().strip().length() > 100) {
			errors.add(new FieldError("name", "must be at most 100 characters"));
		}
		List<String> codes = new ArrayList<>();
		if (in.cameraCodes() == null || in.cameraCodes().isEmpty()) {
			errors.add(new FieldError("cameraCodes", "must list at least one camera"));
		}
		else {
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < in.cameraCodes().size(); i++) {
				String code = in.cameraCodes().get(i) == null ? "" : in.cameraCodes().get(i).strip();
				if (!seen.add(code)) {
					errors.add(new FieldError("cameraCodes[" + i + "]", "repeats camera " + code));
				}
				codes.add(code);
			}
			DataScope scope = DataScope.current();
			Map<String, Camera> known = new java.util.HashMap<>(cameras.findAll(new LinkedHashSet<>(codes)));
			known.values().removeIf(c -> !scope.permits(c.stationCode()));
			for (int i = 0; i < codes.size(); i++) {
				if (!known.containsKey(codes.get(i))) {
					errors.add(new FieldError("cameraCodes[" + i + "]", "is not a registered camera"));
				}
			}
		}
		Map<String, Camera> known = cameras.findAll(new LinkedHashSet<>(codes));
		Set<UUID> keyPlaces = places.ofKind(PlaceKind.KEY_PLACE).stream().map(Place::id).collect(Collectors.toSet());
		boolean watchesKeyPlace = known.values().stream().anyMatch(c -> c.placeId() != null && keyPlaces.contains(c.placeId()));
		boolean keySpot = Boolean.TRUE.equals(in.keySpot()) || watchesKeyPlace;
		if (in.intervalMinutes() == null || in.intervalMinutes() < 5 || in.intervalMinutes() > 1440) {
			errors.add(new FieldError("intervalMinutes", "must be between 5 and 1440 minutes"));
		}
		else if (keySpot && in.intervalMinutes() > KEY_SPOT_MAX_INTERVAL) {
			errors.add(new FieldError("intervalMinutes", watchesKeyPlace
					? "a plan watching a key place must check at least every " + KEY_SPOT_MAX_INTERVAL + " minutes"
					: "a key-spot plan must check at least every " + KEY_SPOT_MAX_INTERVAL + " minutes"));
		}
		List<TimeWindow> hours = in.activeHours() == null ? List.of() : in.activeHours();
		if (hours.size() > 6) {
			errors.add(new FieldError("activeHours", "must have at most 6 windows"));
		}
		for (int i = 0; i < hours.size(); i++) {
			TimeWindow w = hours.get(i);
			if (w == null || w.from() == null || w.to() == null) {
				errors.add(new FieldError("activeHours[" + i + "]", "needs from and to (HH:MM)"));
			}
			else if (w.from().equals(w.to())) {
				errors.add(new FieldError("activeHours[" + i + "]", "must not start and end at the same time (leave activeHours empty for all day)"));
			}
		}
		String unit = in.operatorUnit() == null ? null : in.operatorUnit().strip();
		if (unit == null || unit.isEmpty()) {
			errors.add(new FieldError("operatorUnit", "must name the operator unit"));
		}
		else if (organization.findUnit(unit).filter(u -> u.active()).isEmpty()) {
			errors.add(new FieldError("operatorUnit", "is not an active organisation unit"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The patrol plan has invalid fields.", errors);
		}
		return new PatrolPlan(id, in.name().strip(), in.intervalMinutes(), keySpot, hours, unit, codes,
				in.active() == null || in.active(), demo, created);
	}

	private static Map<String, Object> summary(PatrolPlan plan) {
		Map<String, Object> fields = new java.util.LinkedHashMap<>(ChangeSummary.fieldsOf(plan));
		fields.remove("createdAt");
		fields.put("activeHours", TimeWindow.format(plan.activeHours()));
		fields.put("cameraCodes", String.join(",", plan.cameraCodes()));
		return fields;
	}

	// ---- queue

	/** The work queue now, optionally of one operator unit's plans; due and overdue first. */
	@Transactional(readOnly = true)
	public List<QueueItem> queue(String operatorUnit) {
		return queue(operatorUnit, clock.instant());
	}

	/** The work queue at a given time (for tests and for looking ahead), of the cameras of the caller's scope. */
	@Transactional(readOnly = true)
	public List<QueueItem> queue(String operatorUnit, Instant at) {
		DataScope scope = DataScope.current();
		List<PatrolPlan> plans = rows.plans(true, scope)
			.stream()
			.filter(p -> operatorUnit == null || operatorUnit.isBlank() || p.operatorUnit().equals(operatorUnit.strip()))
			.toList();
		Set<String> codes = new LinkedHashSet<>();
		plans.forEach(p -> codes.addAll(p.cameraCodes()));
		List<String> list = List.copyOf(codes);
		Map<String, Camera> visible = new java.util.HashMap<>(cameras.findAll(list));
		visible.values().removeIf(c -> !scope.permits(c.stationCode()));
		return PatrolSchedule.compute(plans, visible, rows.lastChecks(List.copyOf(visible.keySet())), at, zone, grace);
	}

	// ---- checks

	/**
	 * Records a check by the current user of a camera in their scope; an ABNORMAL one waits as PENDING_INCIDENT
	 * and raises {@link VideoAlertRaised}, on which the command centre opens its incident.
	 */
	@Transactional
	public PatrolCheck record(CheckInput input) {
		List<FieldError> errors = new ArrayList<>();
		if (input == null) {
			throw new InvalidInputException("body", "must not be empty");
		}
		Camera camera = null;
		if (input.cameraCode() == null || input.cameraCode().isBlank()) {
			errors.add(new FieldError("cameraCode", "must not be blank"));
		}
		else {
			DataScope scope = DataScope.current();
			camera = cameras.find(input.cameraCode().strip()).filter(c -> scope.permits(c.stationCode())).orElse(null);
			if (camera == null) {
				errors.add(new FieldError("cameraCode", "is not a registered camera"));
			}
		}
		if (input.planId() != null && camera != null) {
			String code = camera.code();
			if (rows.plan(input.planId()).filter(p -> p.cameraCodes().contains(code)).isEmpty()) {
				errors.add(new FieldError("planId", "is not a plan that lists this camera"));
			}
		}
		if (input.result() == null) {
			errors.add(new FieldError("result", "must be NORMAL or ABNORMAL"));
		}
		String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
		if (input.result() == CheckResult.ABNORMAL && note == null) {
			errors.add(new FieldError("note", "must say what is abnormal"));
		}
		if (note != null && note.length() > 500) {
			errors.add(new FieldError("note", "must be at most 500 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The check has invalid fields.", errors);
		}
		Instant now = clock.instant();
		String operator = currentUser();
		IncidentLink link = input.result() == CheckResult.ABNORMAL ? IncidentLink.PENDING_INCIDENT : IncidentLink.NONE;
		long id = rows.insertCheck(camera.code(), input.planId(), input.result(), note, operator, now, link, null, false);
		PatrolCheck check = rows.check(id).orElseThrow();
		audit.record(AuditAction.CREATE, "VideoPatrolCheck", id, AuditOutcome.SUCCESS,
				ChangeSummary.diff(null, ChangeSummary.fieldsOf(check)));
		if (input.result() == CheckResult.ABNORMAL) {
			events.publishEvent(VideoAlertRaised.ofCheck(check, camera));
		}
		return check;
	}

	/** The check with this id, or 404 (also when its camera lies outside the caller's scope). */
	@Transactional(readOnly = true)
	public PatrolCheck check(long id) {
		DataScope scope = DataScope.current();
		return rows.check(id)
			.filter(c -> cameras.find(c.cameraCode()).filter(cam -> scope.permits(cam.stationCode())).isPresent())
			.orElseThrow(() -> new NotFoundException("Patrol check"));
	}

	/** The checks of the cameras of the caller's scope, newest first. */
	@Transactional(readOnly = true)
	public Page<PatrolCheck> checks(String cameraCode, CheckResult result, int page, int size) {
		Page.check(page, size);
		return rows.checks(cameraCode, result, DataScope.current(), page, size);
	}

	/** How many abnormal checks of the caller's scope wait for their incident (normally for a moment only). */
	@Transactional(readOnly = true)
	public long pendingCount() {
		return rows.countPending(DataScope.current());
	}

	static String currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null || auth.getName().isBlank()) {
			return RequestContextHolder.getRequestAttributes() != null ? AuditTrail.ANONYMOUS : AuditTrail.SYSTEM;
		}
		return auth.getName();
	}
}
