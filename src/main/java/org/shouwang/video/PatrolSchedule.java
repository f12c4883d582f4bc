package org.shouwang.video;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The due/overdue rules of video patrols, as a pure function of the plans, the cameras, the last check of
 * each camera and the time. A plan counts only inside one of its active windows (all day when it has
 * none). A camera is due {@code interval} after its last check, but never before the current window opened
 * (a check before the window does not count for it); one never checked is due when the window opened (an
 * all-day plan: when the plan was created). Due becomes overdue after the grace period. A camera due only
 * after the window closes is not in this window's queue. Offline and inactive cameras are left out: they
 * cannot be watched. A camera in several plans appears once, for the plan that makes it due soonest.
 */
final class PatrolSchedule {

	private PatrolSchedule() {
	}

	/** The start and end (null: open) of the plan's window containing {@code now}, if any. */
	record Window(Instant start, Instant end) {
	}

	static Optional<Window> currentWindow(PatrolPlan plan, Instant now, ZoneId zone) {
		if (plan.activeHours().isEmpty()) {
			return Optional.of(new Window(plan.createdAt(), null));
		}
		ZonedDateTime local = now.atZone(zone);
		LocalDate today = local.toLocalDate();
		LocalTime time = local.toLocalTime();
		Window best = null;
		for (TimeWindow w : plan.activeHours()) {
			LocalDate startDay = null;
			if (!w.wrapsMidnight()) {
				if (!time.isBefore(w.from()) && time.isBefore(w.to())) {
					startDay = today;
				}
			}
			else if (!time.isBefore(w.from())) {
				startDay = today;
			}
			else if (time.isBefore(w.to())) {
				startDay = today.minusDays(1);
			}
			if (startDay != null) {
				Instant start = startDay.atTime(w.from()).atZone(zone).toInstant();
				LocalDate endDay = w.wrapsMidnight() ? startDay.plusDays(1) : startDay;
				Instant end = endDay.atTime(w.to()).atZone(zone).toInstant();
				if (best == null || start.isAfter(best.start())) {
					best = new Window(start, end);
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Every camera of the active plans that is active in its window now, with its state; due and overdue
	 * ones first (most overdue first), then upcoming ones by due time.
	 */
	static List<QueueItem> compute(List<PatrolPlan> plans, Map<String, Camera> cameras, Map<String, Instant> lastChecks,
			Instant now, ZoneId zone, Duration grace) {
		Map<String, QueueItem> byCamera = new HashMap<>();
		for (PatrolPlan plan : plans) {
			if (!plan.active()) {
				continue;
			}
			Optional<Window> window = currentWindow(plan, now, zone);
			if (window.isEmpty()) {
				continue;
			}
			Duration interval = Duration.ofMinutes(plan.intervalMinutes());
			for (String code : plan.cameraCodes()) {
				Camera camera = cameras.get(code);
				if (camera == null || !camera.active() || camera.status() != CameraStatus.ONLINE) {
					continue;
				}
				Instant last = lastChecks.get(code);
				Instant due = window.get().start();
				if (last != null && last.plus(interval).isAfter(due)) {
					due = last.plus(interval);
				}
				if (window.get().end() != null && !due.isBefore(window.get().end())) {
					continue;
				}
				QueueState state = now.isBefore(due) ? QueueState.UPCOMING
						: now.isBefore(due.plus(grace)) ? QueueState.DUE : QueueState.OVERDUE;
				long overdue = state == QueueState.OVERDUE ? Duration.between(due, now).toMinutes() : 0;
				QueueItem item = new QueueItem(code, camera.name(), camera.stationCode(), plan.id(), plan.name(),
						plan.intervalMinutes(), plan.keySpot(), plan.operatorUnit(), last, due, state, overdue);
				byCamera.merge(code, item, (a, b) -> b.dueAt().isBefore(a.dueAt()) ? b : a);
			}
		}
		List<QueueItem> items = new ArrayList<>(byCamera.values());
		items.sort(Comparator.comparing((QueueItem i) -> i.state() == QueueState.UPCOMING)
			.thenComparing(QueueItem::dueAt)
			.thenComparing(QueueItem::cameraCode));
		return items;
	}
}
