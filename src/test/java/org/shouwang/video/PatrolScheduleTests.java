package org.shouwang.video;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The due/overdue rules of the patrol queue, on a fixed clock. */
class PatrolScheduleTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final Duration GRACE = Duration.ofMinutes(10);

	static final Instant CREATED = ZonedDateTime.of(2025, 7, 13, 0, 0, 0, 0, ZONE).toInstant();

	static Clock at(int hour, int minute) {
		return Clock.fixed(ZonedDateTime.of(2025, 7, 14, hour, minute, 0, 0, ZONE).toInstant(), ZONE);
	}

	static Instant time(int day, int hour, int minute) {
		return ZonedDateTime.of(2025, 7, day, hour, minute, 0, 0, ZONE).toInstant();
	}

	static Camera camera(String code, CameraStatus status) {
		return new Camera(code, "cam " + code, CameraSource.XUELIANG, 35.3, 113.85, "WB01-001", "WB01", null, status,
				CREATED, null, null, true, false);
	}

	static PatrolPlan plan(long id, int interval, List<TimeWindow> hours, String... cameras) {
		return new PatrolPlan(id, "plan " + id, interval, interval <= 30, hours, "WB-ZHZX", List.of(cameras), true, false,
				CREATED);
	}

	static TimeWindow window(int fh, int fm, int th, int tm) {
		return new TimeWindow(LocalTime.of(fh, fm), LocalTime.of(th, tm));
	}

	final Map<String, Camera> cameras = new HashMap<>(Map.of("A", camera("A", CameraStatus.ONLINE), "B",
			camera("B", CameraStatus.ONLINE), "C", camera("C", CameraStatus.OFFLINE)));

	List<QueueItem> queue(List<PatrolPlan> plans, Map<String, Instant> last, Clock clock) {
		return PatrolSchedule.compute(plans, cameras, last, clock.instant(), ZONE, GRACE);
	}

	@Test
	void aCameraIsDueOneIntervalAfterItsLastCheckAndOverdueAfterTheGrace() {
		List<PatrolPlan> plans = List.of(plan(1, 30, List.of(), "A"));
		Map<String, Instant> last = Map.of("A", time(14, 9, 0));
		assertThat(queue(plans, last, at(9, 29)).get(0).state()).isEqualTo(QueueState.UPCOMING);
		QueueItem due = queue(plans, last, at(9, 30)).get(0);
		assertThat(due.state()).isEqualTo(QueueState.DUE);
		assertThat(due.dueAt()).isEqualTo(time(14, 9, 30));
		assertThat(due.lastCheckedAt()).isEqualTo(time(14, 9, 0));
		assertThat(queue(plans, last, at(9, 39)).get(0).state()).isEqualTo(QueueState.DUE);
		QueueItem overdue = queue(plans, last, at(9, 55)).get(0);
		assertThat(overdue.state()).isEqualTo(QueueState.OVERDUE);
		assertThat(overdue.minutesOverdue()).isEqualTo(25);
	}

	@Test
	void aNeverCheckedCameraIsDueWhenTheWindowOpensAndOnlyInsideIt() {
		List<PatrolPlan> plans = List.of(plan(2, 15, List.of(window(7, 0, 8, 30), window(16, 30, 18, 0)), "A"));
		assertThat(queue(plans, Map.of(), at(6, 59))).isEmpty();
		QueueItem morning = queue(plans, Map.of(), at(7, 5)).get(0);
		assertThat(morning.state()).isEqualTo(QueueState.DUE);
		assertThat(morning.dueAt()).isEqualTo(time(14, 7, 0));
		assertThat(queue(plans, Map.of(), at(7, 20)).get(0).state()).isEqualTo(QueueState.OVERDUE);
		assertThat(queue(plans, Map.of(), at(12, 0))).isEmpty();
		assertThat(queue(plans, Map.of(), at(18, 0))).isEmpty();
	}

	@Test
	void aCheckBeforeTheWindowDoesNotCountForIt() {
		List<PatrolPlan> plans = List.of(plan(3, 15, List.of(window(16, 30, 18, 0)), "A"));
		Map<String, Instant> morningCheck = Map.of("A", time(14, 8, 0));
		QueueItem item = queue(plans, morningCheck, at(16, 35)).get(0);
		assertThat(item.dueAt()).isEqualTo(time(14, 16, 30));
		assertThat(item.state()).isEqualTo(QueueState.DUE);
	}

	@Test
	void aCheckDueOnlyAfterTheWindowClosesIsNotQueued() {
		List<PatrolPlan> plans = List.of(plan(4, 30, List.of(window(7, 0, 8, 30)), "A"));
		assertThat(queue(plans, Map.of("A", time(14, 8, 10)), at(8, 20))).isEmpty();
		assertThat(queue(plans, Map.of("A", time(14, 7, 50)), at(8, 20)).get(0).state()).isEqualTo(QueueState.DUE);
	}

	@Test
	void windowsThatWrapMidnightCountFromTheEveningBefore() {
		List<PatrolPlan> plans = List.of(plan(5, 20, List.of(window(22, 0, 2, 0)), "A"));
		QueueItem afterMidnight = queue(plans, Map.of(), at(0, 30)).get(0);
		assertThat(afterMidnight.dueAt()).isEqualTo(time(13, 22, 0));
		assertThat(afterMidnight.state()).isEqualTo(QueueState.OVERDUE);
		assertThat(afterMidnight.minutesOverdue()).isEqualTo(150);
		assertThat(queue(plans, Map.of("A", time(14, 0, 20)), at(0, 30)).get(0).state()).isEqualTo(QueueState.UPCOMING);
		assertThat(queue(plans, Map.of(), at(2, 0))).isEmpty();
		assertThat(queue(plans, Map.of(), at(22, 5)).get(0).dueAt()).isEqualTo(time(14, 22, 0));
	}

	@Test
	void offlineCamerasAndInactivePlansAreLeftOutAndEachCameraAppearsOnceForItsSoonestPlan() {
		PatrolPlan slow = plan(6, 60, List.of(), "A", "B", "C");
		PatrolPlan fast = plan(7, 15, List.of(), "A");
		PatrolPlan inactive = new PatrolPlan(8, "off", 5, true, List.of(), "WB-ZHZX", List.of("B"), false, false, CREATED);
		Map<String, Instant> last = Map.of("A", time(14, 9, 0), "B", time(14, 9, 0), "C", time(13, 9, 0));
		List<QueueItem> items = queue(List.of(slow, fast, inactive), last, at(9, 20));
		assertThat(items).extracting(QueueItem::cameraCode).containsExactly("A", "B");
		assertThat(items.get(0).planId()).isEqualTo(7);
		assertThat(items.get(0).state()).isEqualTo(QueueState.DUE);
		assertThat(items.get(1).planId()).isEqualTo(6);
		assertThat(items.get(1).state()).isEqualTo(QueueState.UPCOMING);
	}

	@Test
	void overdueItemsComeFirstMostOverdueFirst() {
		PatrolPlan plan = plan(9, 30, List.of(), "A", "B");
		Map<String, Instant> last = Map.of("A", time(14, 8, 0), "B", time(14, 7, 0));
		List<QueueItem> items = queue(List.of(plan), last, at(9, 0));
		assertThat(items).extracting(QueueItem::cameraCode).containsExactly("B", "A");
		assertThat(items).extracting(QueueItem::state).containsExactly(QueueState.OVERDUE, QueueState.OVERDUE);
	}
}
