package org.shouwang.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.shouwang.command.Disposition;
import org.shouwang.command.HistoricalIncident;
import org.shouwang.command.IncidentCategory;
import org.shouwang.command.IncidentChannel;
import org.shouwang.command.IncidentSubtype;
import org.shouwang.geography.Grid;
import org.shouwang.geography.GridType;
import org.shouwang.geography.Location;
import org.shouwang.geography.Place;
import org.shouwang.geography.PlaceKind;
import org.shouwang.geography.Shapes;
import org.shouwang.organization.Capability;
import org.shouwang.organization.DutyUnit;

import static org.shouwang.command.IncidentChannel.CALL_110;
import static org.shouwang.command.IncidentChannel.ONLINE;
import static org.shouwang.command.IncidentChannel.PATROL;
import static org.shouwang.command.IncidentChannel.VIDEO_ALERT;
import static org.shouwang.command.IncidentChannel.WALK_IN;

/**
 * Generates a year of handled incidents for the demo district from its {@link IncidentHistoryPlan}: exact
 * counts per subtype and for the dispositions with a target, then for each incident a time (month, weekday
 * and hour profiles by category: night peaks for public order, day for help and traffic), a place (near the
 * key crowded places, schools for 涉校 incidents, otherwise grids weighted by area and urban density, a few
 * just outside the district), a channel, the units of the place's station free at that time and a
 * timeline (most arrivals within the standard, some late). Deterministic: every draw comes from the demo
 * context's random sources, one per year and purpose.
 */
final class IncidentHistoryGenerator {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String[] ROADS = { "平原路", "胜利路", "健康路", "中同街", "自由路", "解放大道", "劳动路", "和平大道",
			"人民路", "新华街", "卫河路", "南桥街", "北干道", "金穗大道", "华兰大道", "东明大道", "新中大道", "文化街", "西华大道",
			"铁西路", "建设路", "宏力大道", "牧野路", "平原镇中心街" };

	private static final String[] COMMUNITIES = { "小区", "家属院", "花园", "新村", "公寓" };

	/** A grid to place incidents in, with its share of the district's incidents. */
	private record Area(Grid grid, PreparedGeometry prepared, Envelope envelope, double weight) {
	}

	/** One incident to be: what it is, and for the two told in the seed, everything about it. */
	private record Slot(IncidentCategory category, String subtype, Disposition disposition, boolean schoolRelated,
			boolean outside, Special special) {
	}

	/** An incident of the seed's narrative with its fixed time, place and text. */
	private record Special(LocalDateTime reportedAt, String station, String address, String summary, String note,
			Capability capability) {
	}

	private final DemoContext context;

	private final Function<String, IncidentSubtype> catalogue;

	private final BiFunction<Double, Double, Location> geocoder;

	private final Geometry district;

	private final PreparedGeometry preparedDistrict;

	private final List<Area> areas = new ArrayList<>();

	private final double totalWeight;

	private final Map<String, List<Area>> areasByStation = new HashMap<>();

	private final List<Place> keyPlaces;

	private final List<Place> schools;

	private final Map<String, List<DutyUnit>> unitsByStation;

	/**
	 * @param catalogue      subtype by {@code CATEGORY/CODE}
	 * @param geocoder       (lat, lng) → grid and station
	 * @param unitsByStation the active duty units by home station, in a fixed order
	 */
	IncidentHistoryGenerator(DemoContext context, Function<String, IncidentSubtype> catalogue,
			BiFunction<Double, Double, Location> geocoder, Geometry district, List<Grid> grids, List<Place> places,
			Map<String, List<DutyUnit>> unitsByStation) {
		this.context = context;
		this.catalogue = catalogue;
		this.geocoder = geocoder;
		this.district = district;
		this.preparedDistrict = PreparedGeometryFactory.prepare(district);
		this.unitsByStation = unitsByStation;
		// Each grid's weight: its area × urban density × a lasting local factor (some grids are busier).
		SplittableRandom hotspots = context.random("grid-activity");
		double total = 0;
		for (Grid grid : grids.stream().filter(Grid::active).sorted(Comparator.comparing(Grid::code)).toList()) {
			double density = grid.type() == GridType.URBAN ? 4.0 : 1.0;
			double weight = grid.areaM2() * density * Math.exp(0.5 * gaussian(hotspots));
			Area area = new Area(grid, PreparedGeometryFactory.prepare(grid.geometry()), grid.geometry().getEnvelopeInternal(),
					weight);
			areas.add(area);
			areasByStation.computeIfAbsent(grid.stationCode(), s -> new ArrayList<>()).add(area);
			total += weight;
		}
		this.totalWeight = total;
		List<Place> sorted = places.stream().sorted(Comparator.comparing(Place::name)).toList();
		this.keyPlaces = sorted.stream().filter(p -> p.kind() == PlaceKind.KEY_PLACE && p.gridCode() != null).toList();
		this.schools = sorted.stream()
			.filter(p -> (p.kind() == PlaceKind.SCHOOL || p.kind() == PlaceKind.KINDERGARTEN) && p.gridCode() != null)
			.toList();
		if (areas.isEmpty() || keyPlaces.isEmpty() || schools.isEmpty()) {
			throw new IllegalStateException("The incident history needs the district's grids, key places and schools");
		}
	}

	/** The year's incidents in order of their reported time. */
	List<HistoricalIncident> generate(IncidentHistoryPlan.Year plan) {
		String y = "y" + plan.year() + "/";
		List<Slot> slots = slots(plan, context.random(y + "slots"));
		SplittableRandom times = context.random(y + "times");
		SplittableRandom placesRandom = context.random(y + "places");
		SplittableRandom channels = context.random(y + "channels");
		SplittableRandom timeline = context.random(y + "timeline");
		SplittableRandom unitChoice = context.random(y + "units");
		SplittableRandom texts = context.random(y + "texts");
		List<Timed> timed = new ArrayList<>(slots.size());
		for (Slot slot : slots) {
			timed.add(new Timed(slot, slot.special() != null ? slot.special().reportedAt().atZone(ZONE).toInstant()
					: reportedAt(plan.year(), slot, times)));
		}
		timed.sort(Comparator.comparing(Timed::reportedAt));
		Map<Long, Instant> busyUntil = new HashMap<>();
		List<HistoricalIncident> incidents = new ArrayList<>(timed.size());
		for (Timed t : timed) {
			incidents.add(incident(t.slot(), t.reportedAt(), placesRandom, channels, timeline, unitChoice, texts, busyUntil));
		}
		return incidents;
	}

	private record Timed(Slot slot, Instant reportedAt) {
	}

	// ---- what happens: exact counts, dispositions, school flags

	private List<Slot> slots(IncidentHistoryPlan.Year plan, SplittableRandom random) {
		Map<String, Integer> schoolQuota = apportion(plan.schoolRelated(), IncidentHistoryPlan.SCHOOL_SUBTYPES);
		List<Slot> slots = new ArrayList<>();
		int outsideLeft = plan.outsideDistrict();
		for (Map.Entry<String, Integer> entry : plan.subtypeCounts().entrySet()) {
			String key = entry.getKey();
			IncidentCategory category = IncidentCategory.valueOf(key.substring(0, key.indexOf('/')));
			String subtype = key.substring(key.indexOf('/') + 1);
			int count = entry.getValue();
			List<Disposition> dispositions = new ArrayList<>(count);
			plan.exactDispositions().getOrDefault(key, Map.of()).forEach((d, n) -> {
				for (int i = 0; i < n; i++) {
					dispositions.add(d);
				}
			});
			Map<Disposition, Integer> weights = IncidentHistoryPlan.dispositionWeights(key);
			while (dispositions.size() < count) {
				dispositions.add(weighted(random, weights));
			}
			shuffle(dispositions, random);
			int school = schoolQuota.getOrDefault(key, 0);
			for (int i = 0; i < count; i++) {
				Special special = special(plan.year(), key, i);
				Disposition disposition = special != null ? specialDisposition(key) : dispositions.get(i);
				boolean outside = special == null && category == IncidentCategory.TRAFFIC && outsideLeft > 0
						&& i % 97 == 50;
				if (outside) {
					outsideLeft--;
				}
				slots.add(new Slot(category, subtype, disposition, special == null && i >= 1 && i <= school, outside,
						special));
			}
		}
		if (outsideLeft > 0) {
			throw new IllegalStateException("Too few traffic incidents to place " + plan.outsideDistrict() + " outside");
		}
		return slots;
	}

	/** The two incidents of the seed's narrative in 2025, as the first of their subtype. */
	private static Special special(int year, String key, int index) {
		if (year != 2025 || index != 0) {
			return null;
		}
		return switch (key) {
			case "HELP/DROWNING" -> new Special(LocalDateTime.of(2025, 7, 16, 10, 42, 17), "WB01", "卫滨区卫河路南侧河道",
					"一名送货司机驾驶满载米面油的三轮车，因操作不当连人带车滑入路边河中，司机被困水中，情况危急，请求救援",
					"民警辅警第一时间赶到，与社会救援力量协同将司机救上岸；随后将沉入河中的三轮车及米面油等物资悉数打捞上岸", Capability.WATER_RESCUE);
			case "CRIMINAL/THEFT" -> new Special(LocalDateTime.of(2025, 2, 17, 9, 26, 40), "WB03", "卫滨区健康路家属院地下室",
					"辖区群众报警称其地下室内存放的多箱白酒被盗", "已立刑事案件侦办：民警查明嫌疑人身份及活动轨迹后赴省内某地，于当日19时许将嫌疑人王某抓获，追回被盗白酒10余箱",
					null);
			default -> null;
		};
	}

	private static Disposition specialDisposition(String key) {
		return key.equals("HELP/DROWNING") ? Disposition.RESCUED : Disposition.CASE_OPENED;
	}

	/** Largest-remainder shares of {@code total} by weight (deterministic). */
	static Map<String, Integer> apportion(int total, Map<String, Integer> weights) {
		int sum = weights.values().stream().mapToInt(Integer::intValue).sum();
		Map<String, Integer> shares = new HashMap<>();
		List<Map.Entry<String, Double>> remainders = new ArrayList<>();
		int given = 0;
		for (Map.Entry<String, Integer> e : weights.entrySet()) {
			double exact = (double) total * e.getValue() / sum;
			shares.put(e.getKey(), (int) Math.floor(exact));
			given += (int) Math.floor(exact);
			remainders.add(Map.entry(e.getKey(), exact - Math.floor(exact)));
		}
		remainders.sort(Map.Entry.<String, Double>comparingByValue().reversed());
		for (int i = 0; given < total; i++, given++) {
			shares.merge(remainders.get(i % remainders.size()).getKey(), 1, Integer::sum);
		}
		return shares;
	}

	// ---- when

	private static final double[] MONTHS_DEFAULT = { 0.92, 0.85, 0.95, 1.0, 1.03, 1.05, 1.1, 1.1, 1.02, 1.0, 0.98, 0.95 };

	private static final double[] MONTHS_SUMMER = { 0.85, 0.9, 0.92, 0.98, 1.05, 1.12, 1.18, 1.16, 1.02, 1.0, 0.92, 0.9 };

	private static final double[] MONTHS_WATER = { 0.2, 0.2, 0.4, 0.6, 1.2, 2.2, 3.0, 2.6, 1.0, 0.4, 0.2, 0.2 };

	private static final double[] MONTHS_WINTER = { 1.4, 1.5, 1.2, 1.0, 0.8, 0.7, 0.7, 0.7, 0.8, 0.9, 1.1, 1.3 };

	private static final double[] HOURS_NIGHT = { 6, 5, 4, 3, 2, 1.5, 1.5, 2, 2.5, 3, 3, 3.5, 3.5, 3.5, 3.5, 3.5, 4, 4.5, 5,
			6, 7, 8, 8, 7 };

	private static final double[] HOURS_LATE = { 8, 7, 5, 3, 1.5, 0.5, 0.3, 0.3, 0.3, 0.3, 0.5, 1, 1.5, 1, 0.8, 0.8, 1, 1.5,
			2.5, 4, 5, 6, 7, 8 };

	private static final double[] HOURS_NOISE = { 7, 5, 3, 1.5, 0.5, 0.3, 0.3, 0.5, 1, 1.5, 1.5, 2, 2.5, 2, 1.5, 1.5, 1.5,
			2, 3, 4, 6, 8, 9, 9 };

	private static final double[] HOURS_DAY = { 1.5, 1, 0.8, 0.7, 0.7, 1, 2, 3.5, 5, 5.5, 5.5, 5.5, 5, 5, 5.5, 5.5, 5.5,
			5.5, 5, 4.5, 4, 3.5, 2.5, 2 };

	private static final double[] HOURS_TRAFFIC = { 1, 0.7, 0.5, 0.4, 0.5, 1, 2.5, 6, 7, 5, 4.5, 4.5, 4.5, 4.5, 4.5, 5, 6,
			7.5, 7, 5, 4, 3, 2, 1.5 };

	private static final double[] HOURS_CRIME = { 2.5, 2.5, 2.5, 2, 1.5, 1, 1.5, 2.5, 3.5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4.5,
			4.5, 4.5, 4, 3.5, 3 };

	private static final double[] HOURS_BURGLARY = { 5, 6, 6, 5, 4, 2.5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2.5, 3,
			3.5, 4.5 };

	private static final double[] HOURS_DISPUTE = { 2, 1.5, 1, 0.7, 0.5, 0.5, 1, 2, 3, 4, 4.5, 4.5, 4.5, 4, 4, 4, 4.5, 5,
			5.5, 6, 6, 5, 4, 3 };

	private static final double[] HOURS_SCHOOL = { 0, 0, 0, 0, 0, 0, 0.5, 6, 3, 1, 1, 3, 4, 2, 1, 1.5, 5, 6, 3, 1, 0.5, 0,
			0, 0 };

	private Instant reportedAt(int year, Slot slot, SplittableRandom random) {
		String key = slot.category() + "/" + slot.subtype();
		double[] months = switch (slot.category()) {
			case PUBLIC_ORDER -> MONTHS_SUMMER;
			case FIRE -> MONTHS_WINTER;
			default -> key.equals("HELP/DROWNING") ? MONTHS_WATER : MONTHS_DEFAULT;
		};
		double weekend = switch (slot.category()) {
			case PUBLIC_ORDER -> 1.25;
			case DISPUTE -> 1.1;
			default -> 1.0;
		};
		LocalDate day = day(year, months, weekend, slot.schoolRelated(), random);
		double[] hours = slot.schoolRelated() ? HOURS_SCHOOL : switch (key) {
			case "PUBLIC_ORDER/NOISE" -> HOURS_NOISE;
			case "PUBLIC_ORDER/DRUNK_DISORDER", "TRAFFIC/DRUNK_DRIVING" -> HOURS_LATE;
			case "CRIMINAL/BURGLARY" -> HOURS_BURGLARY;
			default -> switch (slot.category()) {
				case PUBLIC_ORDER -> HOURS_NIGHT;
				case CRIMINAL -> HOURS_CRIME;
				case TRAFFIC -> HOURS_TRAFFIC;
				case DISPUTE -> HOURS_DISPUTE;
				default -> HOURS_DAY;
			};
		};
		int hour = weightedIndex(random, hours);
		return day.atTime(hour, random.nextInt(60), random.nextInt(60)).atZone(ZONE).toInstant();
	}

	/** Cumulative day weights by year, month profile, weekend factor and school-days-only. */
	private final Map<String, double[]> dayWeights = new HashMap<>();

	/** A day of the year by month and weekend weights; school days only (no weekends, no holidays) for 涉校. */
	private LocalDate day(int year, double[] months, double weekend, boolean schoolDay, SplittableRandom random) {
		LocalDate first = LocalDate.of(year, 1, 1);
		double[] cumulative = dayWeights.computeIfAbsent(year + "/" + System.identityHashCode(months) + "/" + weekend
				+ "/" + schoolDay, k -> {
					int days = first.lengthOfYear();
					double[] sums = new double[days];
					double sum = 0;
					for (int d = 0; d < days; d++) {
						LocalDate date = first.plusDays(d);
						boolean isWeekend = date.getDayOfWeek() == DayOfWeek.SATURDAY
								|| date.getDayOfWeek() == DayOfWeek.SUNDAY;
						sum += schoolDay ? (isWeekend || holiday(date) ? 0 : 1)
								: months[date.getMonthValue() - 1] * (isWeekend ? weekend : 1.0);
						sums[d] = sum;
					}
					return sums;
				});
		double pick = random.nextDouble() * cumulative[cumulative.length - 1];
		int index = java.util.Arrays.binarySearch(cumulative, pick);
		int d = index >= 0 ? index + 1 : -index - 1;
		// Skip days of weight zero (a pick landing exactly on a boundary).
		while (d > 0 && d < cumulative.length && cumulative[d] == cumulative[d - 1]) {
			d++;
		}
		return first.plusDays(Math.min(d, cumulative.length - 1));
	}

	/** School holidays (winter: 20 Jan – 20 Feb, summer: 10 Jul – 31 Aug) and the October week. */
	private static boolean holiday(LocalDate date) {
		MonthDay md = MonthDay.from(date);
		return !md.isBefore(MonthDay.of(1, 20)) && !md.isAfter(MonthDay.of(2, 20))
				|| !md.isBefore(MonthDay.of(7, 10)) && !md.isAfter(MonthDay.of(8, 31))
				|| !md.isBefore(MonthDay.of(10, 1)) && !md.isAfter(MonthDay.of(10, 7));
	}

	// ---- the incident

	private HistoricalIncident incident(Slot slot, Instant reportedAt, SplittableRandom places, SplittableRandom channels,
			SplittableRandom timeline, SplittableRandom unitChoice, SplittableRandom texts, Map<Long, Instant> busyUntil) {
		String key = slot.category() + "/" + slot.subtype();
		IncidentSubtype subtype = catalogue.apply(key);
		Point point = slot.special() != null ? inStation(slot.special().station(), places)
				: slot.outside() ? outside(places) : slot.schoolRelated() ? near(schools, 150, places, "门口附近")
						: places.nextDouble() < keyPlaceShare(slot) ? near(keyPlaces, 250, places, "附近") : inGrid(places);
		IncidentChannel channel = slot.special() != null ? CALL_110 : channel(slot, channels);
		String phone = channel == CALL_110 || channel == ONLINE || channel == WALK_IN ? phone(channels) : null;
		// Timers: reception → dispatch by priority, then travel by the area's type; now and then a late arrival.
		int priority = subtype.defaultPriority();
		double dispatchMedian = new double[] { 0, 35, 45, 60, 80 }[priority];
		long toDispatch = Math.max(8, Math.round(dispatchMedian * Math.exp(0.4 * gaussian(timeline))));
		boolean suburban = point.station() == null || point.suburban();
		double travelMedian = (suburban ? 260 : 120) * (priority == 4 ? 1.15 : 1.0);
		long travel = Math.max(40, Math.round(travelMedian * Math.exp(0.35 * gaussian(timeline))));
		if (timeline.nextInt(100) < 3) {
			travel += 180 + timeline.nextInt(600); // traffic jam, unit far away
		}
		Instant dispatchedAt = reportedAt.plusSeconds(toDispatch);
		Instant onSceneAt = dispatchedAt.plusSeconds(travel);
		Instant enRouteAt = timeline.nextInt(100) < 65
				? dispatchedAt.plusSeconds(Math.min(travel, 10 + timeline.nextInt(50))) : null;
		long onScene = Math.max(300, Math.round(onSceneMinutes(key, slot.category()) * 60 * Math.exp(0.5 * gaussian(timeline))));
		Instant clearedAt = onSceneAt.plusSeconds(onScene);
		List<Long> units = units(point.station(), subtype, slot.special() == null ? null : slot.special().capability(),
				dispatchedAt, clearedAt, unitChoice, busyUntil);
		String summary = slot.special() != null ? slot.special().summary() : summary(key, subtype, texts);
		String address = slot.special() != null ? slot.special().address() : point.address();
		String note = slot.special() != null ? slot.special().note() : null;
		return new HistoricalIncident(channel, slot.category(), slot.subtype(), null, reportedAt, null, point.lat(),
				point.lng(), address, phone, summary, slot.schoolRelated(), units, dispatchedAt, enRouteAt, onSceneAt,
				clearedAt, slot.disposition(), note);
	}

	private static double keyPlaceShare(Slot slot) {
		return switch (slot.category() + "/" + slot.subtype()) {
			case "CRIMINAL/THEFT", "CRIMINAL/SNATCHING", "HELP/LOST_PROPERTY", "HELP/MISSING_CHILD", "DISPUTE/CONSUMER" -> 0.38;
			default -> switch (slot.category()) {
				case PUBLIC_ORDER -> 0.30;
				case CRIMINAL -> 0.22;
				case TRAFFIC, HELP -> 0.15;
				default -> 0.10;
			};
		};
	}

	private static double onSceneMinutes(String key, IncidentCategory category) {
		return switch (key) {
			case "PUBLIC_ORDER/NOISE" -> 12;
			case "TRAFFIC/CONGESTION" -> 25;
			case "HELP/MISSING_ELDERLY", "HELP/MISSING_CHILD" -> 150;
			case "HELP/DROWNING", "HELP/SUICIDE_RISK" -> 90;
			case "HELP/LOST_PROPERTY", "HELP/SUDDEN_ILLNESS", "HELP/OTHER_HELP" -> 25;
			case "OTHER/CONSULTATION" -> 10;
			default -> switch (category) {
				case CRIMINAL -> 50;
				case PUBLIC_ORDER -> 30;
				case TRAFFIC -> 35;
				case FIRE -> 60;
				case HELP -> 30;
				case DISPUTE -> 45;
				case REPORT -> 40;
				case OTHER -> 15;
			};
		};
	}

	private static IncidentChannel channel(Slot slot, SplittableRandom random) {
		Map<IncidentChannel, Integer> weights = switch (slot.category() + "/" + slot.subtype()) {
			case "CRIMINAL/TELECOM_FRAUD" -> Map.of(CALL_110, 60, ONLINE, 20, WALK_IN, 20);
			case "HELP/LOST_PROPERTY" -> Map.of(CALL_110, 60, ONLINE, 10, WALK_IN, 30);
			default -> switch (slot.category()) {
				case CRIMINAL -> Map.of(CALL_110, 74, VIDEO_ALERT, 4, PATROL, 4, ONLINE, 8, WALK_IN, 10);
				case PUBLIC_ORDER -> Map.of(CALL_110, 78, VIDEO_ALERT, 10, PATROL, 9, ONLINE, 1, WALK_IN, 2);
				case TRAFFIC -> Map.of(CALL_110, 85, VIDEO_ALERT, 8, PATROL, 6, WALK_IN, 1);
				case HELP -> Map.of(CALL_110, 86, VIDEO_ALERT, 2, PATROL, 3, ONLINE, 2, WALK_IN, 7);
				case REPORT -> Map.of(CALL_110, 55, ONLINE, 30, WALK_IN, 15);
				case DISPUTE -> Map.of(CALL_110, 88, PATROL, 2, WALK_IN, 10);
				case OTHER -> Map.of(CALL_110, 80, ONLINE, 10, WALK_IN, 10);
				case FIRE -> Map.of(CALL_110, 85, VIDEO_ALERT, 7, PATROL, 8);
			};
		};
		// A fixed order of the channels, whatever the map's iteration order.
		Map<IncidentChannel, Integer> ordered = new java.util.EnumMap<>(weights);
		return weighted(random, ordered);
	}

	private static String phone(SplittableRandom random) {
		int[] prefixes = { 13, 15, 17, 18, 19 };
		return prefixes[random.nextInt(prefixes.length)] + String.format("%09d", random.nextInt(1_000_000_000));
	}

	/**
	 * The units sent: those the subtype's response plan needs, from the duty units of the place's station
	 * (one with the capability needed, if the station has one), preferring units free at the dispatch time.
	 */
	private List<Long> units(String station, IncidentSubtype subtype, Capability special, Instant dispatchedAt,
			Instant clearedAt, SplittableRandom random, Map<Long, Instant> busyUntil) {
		List<DutyUnit> candidates = unitsByStation.getOrDefault(station, List.of());
		if (candidates.isEmpty()) {
			throw new IllegalStateException("Station " + station + " has no duty units");
		}
		Capability needed = special != null ? special : subtype.requiredCapability();
		int wanted = Math.min(subtype.unitsNeeded(), candidates.size());
		List<DutyUnit> chosen = new ArrayList<>(wanted);
		if (needed != null) {
			List<DutyUnit> capable = candidates.stream().filter(u -> u.capabilities().contains(needed)).toList();
			if (!capable.isEmpty()) {
				chosen.add(pickFree(capable, chosen, dispatchedAt, random, busyUntil));
			}
		}
		while (chosen.size() < wanted) {
			chosen.add(pickFree(candidates, chosen, dispatchedAt, random, busyUntil));
		}
		List<Long> ids = new ArrayList<>(chosen.size());
		for (DutyUnit unit : chosen) {
			busyUntil.merge(unit.id(), clearedAt, (a, b) -> a.isAfter(b) ? a : b);
			ids.add(unit.id());
		}
		return ids;
	}

	private static DutyUnit pickFree(List<DutyUnit> from, List<DutyUnit> taken, Instant at, SplittableRandom random,
			Map<Long, Instant> busyUntil) {
		List<DutyUnit> open = from.stream().filter(u -> !taken.contains(u)).toList();
		List<DutyUnit> free = open.stream()
			.filter(u -> !busyUntil.getOrDefault(u.id(), Instant.MIN).isAfter(at))
			.toList();
		if (!free.isEmpty()) {
			return free.get(random.nextInt(free.size()));
		}
		// All busy: the one free soonest (a real dispatcher would call it off a lower-priority job).
		return open.stream()
			.min(Comparator.comparing((DutyUnit u) -> busyUntil.getOrDefault(u.id(), Instant.MIN)).thenComparingLong(DutyUnit::id))
			.orElseThrow();
	}

	// ---- where

	/** A point with its station, area type and address. */
	private record Point(double lat, double lng, String station, boolean suburban, String address) {
	}

	private Point inGrid(SplittableRandom random) {
		double pick = random.nextDouble() * totalWeight;
		Area chosen = areas.get(areas.size() - 1);
		for (Area area : areas) {
			pick -= area.weight();
			if (pick < 0) {
				chosen = area;
				break;
			}
		}
		return inArea(chosen, random);
	}

	private Point inStation(String station, SplittableRandom random) {
		List<Area> stationAreas = areasByStation.get(station);
		return inArea(stationAreas.get(random.nextInt(stationAreas.size())), random);
	}

	private Point inArea(Area area, SplittableRandom random) {
		Envelope box = area.envelope();
		while (true) {
			double lng = round(box.getMinX() + random.nextDouble() * box.getWidth());
			double lat = round(box.getMinY() + random.nextDouble() * box.getHeight());
			// Strictly inside one grid (grids never overlap): the geocoder would answer this grid.
			if (area.prepared().containsProperly(Shapes.FACTORY.createPoint(new Coordinate(lng, lat)))) {
				return new Point(lat, lng, area.grid().stationCode(), area.grid().type() == GridType.SUBURBAN,
						street(random));
			}
		}
	}

	/** Near one of the places (a normal spread of {@code sigmaMeters}), inside the district. */
	private Point near(List<Place> places, double sigmaMeters, SplittableRandom random, String suffix) {
		Place place = places.get(random.nextInt(places.size()));
		double metersPerDegLat = 111_000;
		double metersPerDegLng = 111_000 * Math.cos(Math.toRadians(place.lat()));
		for (int attempt = 0; attempt < 50; attempt++) {
			double lat = round(place.lat() + gaussian(random) * sigmaMeters / metersPerDegLat);
			double lng = round(place.lng() + gaussian(random) * sigmaMeters / metersPerDegLng);
			Location location = geocoder.apply(lat, lng);
			if (location.inside()) {
				return new Point(lat, lng, location.stationCode(), location.gridType() == GridType.SUBURBAN,
						place.name() + suffix);
			}
		}
		Location location = geocoder.apply(place.lat(), place.lng());
		return new Point(place.lat(), place.lng(), location.stationCode(), location.gridType() == GridType.SUBURBAN,
				place.name() + suffix);
	}

	/**
	 * Just outside the boundary (100–600 m out, on a road leaving the district): no grid, flagged; the
	 * units come from the station whose grid lies just inside.
	 */
	private Point outside(SplittableRandom random) {
		LengthIndexedLine boundary = new LengthIndexedLine(district.getBoundary());
		double length = district.getBoundary().getLength();
		Coordinate centre = district.getCentroid().getCoordinate();
		while (true) {
			Coordinate edge = boundary.extractPoint(random.nextDouble() * length);
			double dx = edge.x - centre.x;
			double dy = edge.y - centre.y;
			double norm = Math.hypot(dx, dy);
			double outMeters = 100 + random.nextInt(500);
			double lng = round(edge.x + dx / norm * outMeters / 91_000);
			double lat = round(edge.y + dy / norm * outMeters / 111_000);
			Location inward = geocoder.apply(edge.y - dy / norm * 80 / 111_000, edge.x - dx / norm * 80 / 91_000);
			if (!preparedDistrict.intersects(Shapes.FACTORY.createPoint(new Coordinate(lng, lat))) && inward.inside()) {
				return new Point(lat, lng, inward.stationCode(), true, "新乡市" + ROADS[random.nextInt(ROADS.length)] + "（卫滨区界外）");
			}
		}
	}

	private static String street(SplittableRandom random) {
		String road = ROADS[random.nextInt(ROADS.length)];
		return switch (random.nextInt(3)) {
			case 0 -> "卫滨区" + road + (1 + random.nextInt(400)) + "号";
			case 1 -> "卫滨区" + road + "与" + ROADS[random.nextInt(ROADS.length)] + "交叉口";
			default -> "卫滨区" + road + road.substring(0, 2) + COMMUNITIES[random.nextInt(COMMUNITIES.length)]
					+ (1 + random.nextInt(30)) + "号楼";
		};
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

	// ---- what was said

	private static final Map<String, String[]> SUMMARIES = Map.ofEntries(
			Map.entry("CRIMINAL/THEFT", new String[] { "报警人称其手机被盗", "报警人称停放在楼下的电动车电瓶被盗", "报警人称店内现金被盗", "报警人称钱包被盗" }),
			Map.entry("CRIMINAL/BURGLARY", new String[] { "报警人称家中被盗，门锁有撬动痕迹", "报警人称夜间有人入室盗窃" }),
			Map.entry("CRIMINAL/ROBBERY", new String[] { "报警人称被人持刀抢劫", "报警人称被两名男子抢走财物" }),
			Map.entry("CRIMINAL/SNATCHING", new String[] { "报警人称手机被骑车男子抢走", "报警人称挎包被抢" }),
			Map.entry("CRIMINAL/FRAUD", new String[] { "报警人称被以介绍工作为名骗取钱款", "报警人称购买的货物系假冒，被骗钱款" }),
			Map.entry("CRIMINAL/TELECOM_FRAUD", new String[] { "报警人称被冒充客服诈骗", "报警人称网络刷单被骗", "报警人称被冒充公检法人员诈骗" }),
			Map.entry("CRIMINAL/ASSAULT", new String[] { "报警人称被人打伤", "报警人称与人发生冲突后被刀划伤" }),
			Map.entry("CRIMINAL/VEHICLE_THEFT", new String[] { "报警人称电动自行车被盗", "报警人称停放的摩托车被盗" }),
			Map.entry("PUBLIC_ORDER/FIGHT", new String[] { "有人在饭店门口打架", "报警称多人在路边斗殴" }),
			Map.entry("PUBLIC_ORDER/PROVOCATION", new String[] { "报警称有人酒后拦路滋事", "报警称有人在店内无故闹事" }),
			Map.entry("PUBLIC_ORDER/NOISE", new String[] { "报警称楼上深夜噪音扰民", "报警称广场舞音响声音过大", "报警称附近工地夜间施工扰民" }),
			Map.entry("PUBLIC_ORDER/DRUNK_DISORDER", new String[] { "报警称有人醉酒后在路边闹事", "报警称醉酒男子砸店内物品" }),
			Map.entry("TRAFFIC/ACCIDENT", new String[] { "两车相撞，无人员受伤", "电动车与轿车剐蹭", "车辆追尾" }),
			Map.entry("TRAFFIC/ACCIDENT_INJURY", new String[] { "电动车与轿车相撞，有人受伤", "行人被车辆撞伤" }),
			Map.entry("TRAFFIC/CONGESTION", new String[] { "路口严重拥堵", "车辆违停造成道路堵塞" }),
			Map.entry("HELP/MISSING_ELDERLY", new String[] { "报警人称家中老人外出未归", "报警人称患有阿尔茨海默病的父亲走失" }),
			Map.entry("HELP/MISSING_CHILD", new String[] { "报警人称孩子在商场与家人走散", "报警人称孩子放学后未回家" }),
			Map.entry("HELP/SUDDEN_ILLNESS", new String[] { "路边有老人晕倒", "报警人称家人突发疾病需要帮助" }),
			Map.entry("HELP/DROWNING", new String[] { "有人落水，请求救援", "报警称河边有人落水" }),
			Map.entry("HELP/LOST_PROPERTY", new String[] { "报警人称钱包遗失", "报警人称手机遗落在出租车上", "报警人称背包遗失" }),
			Map.entry("HELP/LOCKED_OUT", new String[] { "报警人称被困电梯", "报警人称孩子被反锁在家中" }),
			Map.entry("HELP/SUICIDE_RISK", new String[] { "报警称有人站在楼顶欲轻生", "报警人称家人留言后失联，有轻生可能" }),
			Map.entry("DISPUTE/NEIGHBOUR", new String[] { "邻里因楼道堆放杂物发生纠纷", "邻居因漏水问题发生争执" }),
			Map.entry("DISPUTE/FAMILY", new String[] { "夫妻发生争吵", "家庭成员因赡养问题发生纠纷" }),
			Map.entry("DISPUTE/CONSUMER", new String[] { "顾客与商家因退货发生纠纷", "乘客与出租车司机因车费发生纠纷" }),
			Map.entry("DISPUTE/LABOUR", new String[] { "工人讨要拖欠工资", "员工与老板因工资发生纠纷" }),
			Map.entry("OTHER/CONSULTATION", new String[] { "群众咨询户籍办理事项", "群众咨询出入境办理事项" }));

	private static String summary(String key, IncidentSubtype subtype, SplittableRandom random) {
		String[] texts = SUMMARIES.get(key);
		return texts == null ? "报警称：" + subtype.nameZh() : texts[random.nextInt(texts.length)];
	}

	// ---- random helpers

	private static double gaussian(SplittableRandom random) {
		// Box–Muller on the given source (SplittableRandom has no nextGaussian on Java 17).
		double u = 1.0 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	private static int weightedIndex(SplittableRandom random, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double pick = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			pick -= weights[i];
			if (pick < 0 && weights[i] > 0) {
				return i;
			}
		}
		for (int i = weights.length - 1; i >= 0; i--) {
			if (weights[i] > 0) {
				return i;
			}
		}
		throw new IllegalArgumentException("no positive weight");
	}

	private static <T> T weighted(SplittableRandom random, Map<T, Integer> weights) {
		int total = weights.values().stream().mapToInt(Integer::intValue).sum();
		int pick = random.nextInt(total);
		for (Map.Entry<T, Integer> e : weights.entrySet()) {
			pick -= e.getValue();
			if (pick < 0) {
				return e.getKey();
			}
		}
		throw new IllegalStateException();
	}

	private static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T t = list.get(i);
			list.set(i, list.get(j));
			list.set(j, t);
		}
	}
}
