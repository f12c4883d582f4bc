package org.shouwang.prevention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.geography.Place;
import org.shouwang.geography.PlaceKind;
import org.shouwang.geography.Places;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.prevention.internal.GuardRecords;
import org.shouwang.security.DataScope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guard of places: key places under 定点值守 + 动态巡逻 + 视频巡查 with patrol check-ins and missed check-ins; schools,
 * kindergartens and hospitals with their guard (一校一警, 一院一室, linked duty) and 护学岗 duties; coverage = guarded ÷
 * all. Places come from the geography module; everything is scoped by the place's station.
 */
@Service
public class Guards {

	public static final String KEY_PLACE_GUARD = "KeyPlaceGuard";

	public static final String CAMPUS_GUARD = "CampusGuard";

	public static final String SCHOOL_DUTY = "SchoolDuty";

	/** Patrol check-ins are expected from 08:00 to 22:00. */
	public static final int PATROL_FROM_HOUR = 8;

	public static final int PATROL_TO_HOUR = 22;

	static final Set<PlaceKind> CAMPUS_KINDS = Set.of(PlaceKind.SCHOOL, PlaceKind.KINDERGARTEN, PlaceKind.HOSPITAL);

	private final GuardRecords records;

	private final Places places;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Guards(GuardRecords records, Places places, AuditTrail audit, ApplicationEventPublisher events) {
		this.records = records;
		this.places = places;
		this.audit = audit;
		this.events = events;
		this.clock = Clock.system(IndicatorPeriod.ZONE);
	}

	// ---- key places

	/** Puts a key place under guard (replacing its current guard from {@code since} on). */
	@Transactional
	public KeyPlaceGuardView guardKeyPlace(KeyPlaceGuardInput input) {
		return guardKeyPlace(input, false);
	}

	@Transactional
	public KeyPlaceGuardView guardKeyPlace(KeyPlaceGuardInput input, boolean demo) {
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		Place place = place(input.placeId(), Set.of(PlaceKind.KEY_PLACE));
		List<FieldError> errors = new ArrayList<>();
		if (input.fixedPosts() == null || input.fixedPosts() < 0 || input.fixedPosts() > 50) {
			errors.add(new FieldError("fixedPosts", "must be between 0 and 50"));
		}
		if (input.patrolIntervalMinutes() == null || input.patrolIntervalMinutes() < 0 || input.patrolIntervalMinutes() > 1440
				|| (input.patrolIntervalMinutes() > 0 && input.patrolIntervalMinutes() < 15)) {
			errors.add(new FieldError("patrolIntervalMinutes", "must be 0 (no patrol) or between 15 and 1440"));
		}
		if (input.videoPatrol() == null) {
			errors.add(new FieldError("videoPatrol", "is required"));
		}
		LocalDate since = input.since() == null ? today() : input.since();
		if (since.isAfter(today())) {
			errors.add(new FieldError("since", "must not be in the future"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The guard has invalid fields", errors);
		}
		records.endKeyPlaceGuard(place.id(), since);
		GuardRecords.KeyPlaceGuard guard = new GuardRecords.KeyPlaceGuard(UUID.randomUUID(), place.id(), place.name(),
				place.stationCode(), place.lat(), place.lng(), input.fixedPosts(), input.patrolIntervalMinutes(),
				input.videoPatrol(), since, null);
		records.insert(guard, demo);
		audit.record(AuditAction.CREATE, KEY_PLACE_GUARD, guard.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder()
					.change("place", null, place.name())
					.change("fixedPosts", null, guard.fixedPosts())
					.change("patrolIntervalMinutes", null, guard.patrolIntervalMinutes())
					.change("videoPatrol", null, guard.videoPatrol())
					.change("since", null, since)
					.build());
		events.publishEvent(new IndicatorRecordChanged(KEY_PLACE_GUARD, guard.id()));
		return view(guard);
	}

	@Transactional(readOnly = true)
	public List<KeyPlaceGuardView> keyPlaces() {
		return records.keyPlaceGuards(DataScope.current()).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public KeyPlaceGuardView keyPlace(UUID guardId) {
		return view(keyPlaceGuard(guardId));
	}

	/** A patrol check-in at a key place (officer, time not in the future, findings). */
	@Transactional
	public KeyPlaceGuardView checkIn(UUID guardId, CheckInInput input) {
		GuardRecords.KeyPlaceGuard guard = keyPlaceGuard(guardId);
		if (input == null || input.officer() == null || input.officer().isBlank() || input.officer().strip().length() > 32) {
			throw new InvalidInputException("officer", "is required, at most 32 characters");
		}
		Instant at = input.at() == null ? clock.instant() : input.at();
		if (at.isAfter(clock.instant().plusSeconds(300))) {
			throw new InvalidInputException("at", "must not be in the future");
		}
		if (input.findings() != null && input.findings().length() > 500) {
			throw new InvalidInputException("findings", "must be at most 500 characters");
		}
		UUID id = UUID.randomUUID();
		records.checkIn(id, guard.id(), input.officer().strip(), at,
				input.findings() == null || input.findings().isBlank() ? null : input.findings().strip());
		audit.record(AuditAction.CREATE, "KeyPlaceCheckIn", id, AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("place", null, guard.placeName()).change("at", null, at).build());
		return view(guard);
	}

	private GuardRecords.KeyPlaceGuard keyPlaceGuard(UUID id) {
		return records.keyPlaceGuard(id, DataScope.current()).orElseThrow(() -> new NotFoundException("Key place guard " + id));
	}

	private KeyPlaceGuardView view(GuardRecords.KeyPlaceGuard g) {
		ZonedDateTime now = ZonedDateTime.now(clock);
		Instant dayStart = now.toLocalDate().atStartOfDay(IndicatorPeriod.ZONE).toInstant();
		List<KeyPlaceGuardView.CheckIn> today = records.checkIns(g.id(), dayStart, dayStart.plusSeconds(86_400));
		int missed = g.until() == null ? missed(g.patrolIntervalMinutes(), dayStart, now.toInstant(), today) : 0;
		boolean all = g.fixedPosts() > 0 && g.patrolIntervalMinutes() > 0 && g.videoPatrol();
		return new KeyPlaceGuardView(g.id(), g.placeId(), g.placeName(), g.stationCode(), g.lat(), g.lng(), g.fixedPosts(),
				g.patrolIntervalMinutes(), g.videoPatrol(), all, g.since(), g.until(), today, missed);
	}

	/**
	 * Patrol windows of the day (from 08:00, one per interval, until 22:00) that ended before {@code now} without a
	 * check-in.
	 */
	static int missed(int intervalMinutes, Instant dayStart, Instant now, List<KeyPlaceGuardView.CheckIn> checkIns) {
		if (intervalMinutes <= 0) {
			return 0;
		}
		int missed = 0;
		for (Instant w = dayStart.plusSeconds(PATROL_FROM_HOUR * 3600L); w.isBefore(dayStart.plusSeconds(PATROL_TO_HOUR * 3600L));
				w = w.plusSeconds(intervalMinutes * 60L)) {
			Instant end = w.plusSeconds(intervalMinutes * 60L);
			if (!end.isBefore(now)) {
				break;
			}
			Instant from = w;
			if (checkIns.stream().noneMatch(c -> !c.at().isBefore(from) && c.at().isBefore(end))) {
				missed++;
			}
		}
		return missed;
	}

	// ---- campuses and hospitals

	/** Assigns a school, kindergarten or hospital its guard (一院一室 for hospitals only). */
	@Transactional
	public CampusView guardCampus(CampusGuardInput input) {
		return guardCampus(input, false);
	}

	@Transactional
	public CampusView guardCampus(CampusGuardInput input, boolean demo) {
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		Place place = place(input.placeId(), CAMPUS_KINDS);
		List<FieldError> errors = new ArrayList<>();
		if (input.mode() == null) {
			errors.add(new FieldError("mode", "is required"));
		}
		else if (input.mode() == GuardMode.POLICE_ROOM && place.kind() != PlaceKind.HOSPITAL) {
			errors.add(new FieldError("mode", "a police room (一院一室) is for hospitals"));
		}
		else if (input.mode() == GuardMode.RESIDENT_OFFICER && place.kind() == PlaceKind.HOSPITAL) {
			errors.add(new FieldError("mode", "a hospital has a police room or a linked duty"));
		}
		if (input.officer() == null || input.officer().isBlank() || input.officer().strip().length() > 32) {
			errors.add(new FieldError("officer", "is required, at most 32 characters"));
		}
		LocalDate since = input.since() == null ? today() : input.since();
		if (since.isAfter(today())) {
			errors.add(new FieldError("since", "must not be in the future"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The guard has invalid fields", errors);
		}
		records.endCampusGuard(place.id(), since);
		GuardRecords.CampusGuard guard = new GuardRecords.CampusGuard(UUID.randomUUID(), place.id(), place.kind().name(),
				place.name(), place.stationCode(), input.mode(), input.officer().strip(), since);
		records.insert(guard, demo);
		audit.record(AuditAction.CREATE, CAMPUS_GUARD, guard.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("place", null, place.name()).change("mode", null, input.mode())
					.change("since", null, since).build());
		events.publishEvent(new IndicatorRecordChanged(CAMPUS_GUARD, guard.id()));
		return campus(place.id());
	}

	/** Posts a 护学岗 duty at a school or kindergarten. */
	@Transactional
	public CampusView postDuty(SchoolDutyInput input) {
		return postDuty(input, false);
	}

	@Transactional
	public CampusView postDuty(SchoolDutyInput input, boolean demo) {
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		Place place = place(input.placeId(), Set.of(PlaceKind.SCHOOL, PlaceKind.KINDERGARTEN));
		List<FieldError> errors = new ArrayList<>();
		if (input.peaks() == null) {
			errors.add(new FieldError("peaks", "is required"));
		}
		if (input.officers() == null || input.officers() < 1 || input.officers() > 20) {
			errors.add(new FieldError("officers", "must be between 1 and 20"));
		}
		LocalDate since = input.since() == null ? today() : input.since();
		if (since.isAfter(today())) {
			errors.add(new FieldError("since", "must not be in the future"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The duty has invalid fields", errors);
		}
		records.endSchoolDuty(place.id(), since);
		GuardRecords.SchoolDuty duty = new GuardRecords.SchoolDuty(UUID.randomUUID(), place.id(), place.kind().name(),
				place.name(), place.stationCode(), input.peaks(), input.officers(), since);
		records.insert(duty, demo);
		audit.record(AuditAction.CREATE, SCHOOL_DUTY, duty.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("place", null, place.name()).change("peaks", null, input.peaks())
					.change("officers", null, input.officers()).change("since", null, since).build());
		events.publishEvent(new IndicatorRecordChanged(SCHOOL_DUTY, duty.id()));
		return campus(place.id());
	}

	/** Every school, kindergarten and hospital in the caller's scope with its guard and duty, by kind and name. */
	@Transactional(readOnly = true)
	public List<CampusView> campuses() {
		DataScope scope = DataScope.current();
		Map<UUID, GuardRecords.CampusGuard> guards = records.campusGuards(scope);
		Map<UUID, GuardRecords.SchoolDuty> duties = records.schoolDuties(scope);
		List<CampusView> all = new ArrayList<>();
		for (PlaceKind kind : List.of(PlaceKind.SCHOOL, PlaceKind.KINDERGARTEN, PlaceKind.HOSPITAL)) {
			for (Place p : places.ofKind(kind)) {
				if (scope.permits(p.stationCode())) {
					all.add(view(p, guards.get(p.id()), duties.get(p.id())));
				}
			}
		}
		return all;
	}

	@Transactional(readOnly = true)
	public CampusView campus(UUID placeId) {
		return campuses().stream().filter(c -> c.placeId().equals(placeId)).findFirst()
			.orElseThrow(() -> new NotFoundException("Campus " + placeId));
	}

	/** Guarded ÷ all schools, kindergartens and hospitals in the caller's scope, and the unguarded ones. */
	@Transactional(readOnly = true)
	public CampusCoverage coverage() {
		List<CampusView> all = campuses();
		long guarded = all.stream().filter(CampusView::guarded).count();
		long withDuty = all.stream().filter(c -> c.dutyPeaks() != null).count();
		double percent = all.isEmpty() ? 0 : Math.round(guarded * 1000.0 / all.size()) / 10.0;
		return new CampusCoverage(all.size(), guarded, percent, withDuty,
				all.stream().filter(c -> !c.guarded()).sorted(Comparator.comparing(CampusView::name)).toList());
	}

	private static CampusView view(Place p, GuardRecords.CampusGuard g, GuardRecords.SchoolDuty d) {
		return new CampusView(p.id(), p.kind().name(), p.name(), p.stationCode(), g == null ? null : g.mode(),
				g == null ? null : g.officer(), g == null ? null : g.since(), d == null ? null : d.peaks(),
				d == null ? null : d.officers(), d == null ? null : d.since());
	}

	private Place place(UUID id, Set<PlaceKind> kinds) {
		if (id == null) {
			throw new InvalidInputException("placeId", "is required");
		}
		Place place = places.find(id).filter(p -> DataScope.current().permits(p.stationCode())).orElse(null);
		if (place == null || !kinds.contains(place.kind())) {
			throw new InvalidInputException("placeId", "is not a place of kind " + kinds + " you may guard");
		}
		return place;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
