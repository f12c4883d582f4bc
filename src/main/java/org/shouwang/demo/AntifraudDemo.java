package org.shouwang.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Envelope;
import org.shouwang.antifraud.AntifraudProperties;
import org.shouwang.antifraud.ChecklistItem;
import org.shouwang.antifraud.ContactMethod;
import org.shouwang.antifraud.FraudType;
import org.shouwang.antifraud.FraudWarnings;
import org.shouwang.antifraud.HistoricalWarning;
import org.shouwang.antifraud.RiskLevel;
import org.shouwang.antifraud.WarningInput;
import org.shouwang.antifraud.WarningOutcome;
import org.shouwang.antifraud.WarningSources;
import org.shouwang.geography.Geocoder;
import org.shouwang.geography.Grid;
import org.shouwang.geography.Grids;
import org.shouwang.security.SystemActor;

import org.springframework.stereotype.Component;

/**
 * The anti-fraud centre's early-warning orders of 2024 and 2025 (about 5,000 a year), closed as they went —
 * dissuaded (2024: 4,238; 2025: 4,506, "4500余", with their estimated loss avoided, over ten million 元 in 2025),
 * already defrauded, unreachable or false alarms — written through the module's bulk import; the centre's signing
 * source; and a few orders received just now, open in the live queue (two of them at 南桥派出所 WB01).
 */
@Component
class AntifraudDemo implements DemoStep {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Dissuaded per year: the defining figure of FRAUD_WARNINGS_DISSUADED. */
	static final int DISSUADED_2024 = 4238;

	static final int DISSUADED_2025 = 4506;

	static final String SOURCE = "XX-FZZX";

	private final FraudWarnings warnings;

	private final WarningSources sources;

	private final Grids grids;

	private final Geocoder geocoder;

	private final AntifraudProperties properties;

	AntifraudDemo(FraudWarnings warnings, WarningSources sources, Grids grids, Geocoder geocoder,
			AntifraudProperties properties) {
		this.warnings = warnings;
		this.sources = sources;
		this.grids = grids;
		this.geocoder = geocoder;
		this.properties = properties;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public String name() {
		return "antifraud";
	}

	@Override
	public void load(DemoContext context) {
		SystemActor.run(SystemActor.DEMO, () -> {
			byte[] key = new byte[WarningSources.KEY_BYTES];
			context.random("source-key").nextBytes(key);
			sources.register(SOURCE, "市公安局反电信网络诈骗中心", key, true);
			List<double[]> points = points(context.random("points"), grids.all(), 3000);
			List<HistoricalWarning> history = new ArrayList<>();
			history.addAll(year(2024, DISSUADED_2024, 96, context.random("2024"), points));
			history.addAll(year(2025, DISSUADED_2025, 80, context.random("2025"), points));
			history.sort(Comparator.comparing(HistoricalWarning::receivedAt));
			int imported = warnings.importHistory(history, true);
			long loss2025 = history.stream()
				.filter(h -> h.outcome() == WarningOutcome.DISSUADED && h.closedAt().atZone(ZONE).getYear() == 2025)
				.mapToLong(HistoricalWarning::amount)
				.sum();
			context.progress("{} closed orders of 2024–2025 imported (2025: {} dissuaded, {} 元 loss avoided)", imported,
					DISSUADED_2025, loss2025);
			live(context.random("live"));
			context.progress("source {} and 4 open orders in the live queue", SOURCE);
		});
	}

	/** One year's closed orders: {@code dissuaded} dissuaded, and the other outcomes in proportion. */
	List<HistoricalWarning> year(int year, int dissuaded, int defrauded, SplittableRandom random, List<double[]> points) {
		List<WarningOutcome> outcomes = new ArrayList<>();
		add(outcomes, WarningOutcome.DISSUADED, dissuaded);
		add(outcomes, WarningOutcome.DEFRAUDED, defrauded);
		add(outcomes, WarningOutcome.UNREACHABLE, dissuaded * 3 / 100);
		add(outcomes, WarningOutcome.FALSE_ALARM, dissuaded * 55 / 1000);
		int days = LocalDate.of(year, 12, 31).getDayOfYear();
		List<HistoricalWarning> orders = new ArrayList<>(outcomes.size());
		int n = 0;
		for (WarningOutcome outcome : outcomes) {
			n++;
			LocalDate day = LocalDate.ofYearDay(year, 1 + random.nextInt(days));
			for (int attempt = 0;; attempt++) {
				int hour = attempt == 0 ? 8 + random.nextInt(11) : 8;
				ZonedDateTime received = day.atTime(hour, random.nextInt(60), random.nextInt(60)).atZone(ZONE);
				HistoricalWarning order = order(year, n, outcome, received.toInstant(), random, points);
				if (order.closedAt().atZone(ZONE).getYear() == year) {
					orders.add(order);
					break;
				}
			}
		}
		return orders;
	}

	private HistoricalWarning order(int year, int n, WarningOutcome outcome, Instant received, SplittableRandom random,
			List<double[]> points) {
		RiskLevel risk = pick(random, RiskLevel.HIGH, 30, RiskLevel.MEDIUM, 45, RiskLevel.LOW);
		FraudType type = FraudType.values()[random.nextInt(FraudType.values().length)];
		AntifraudProperties.Deadlines deadlines = properties.of(risk);
		double[] at = random.nextInt(100) < 3 ? null : points.get(random.nextInt(points.size()));
		boolean inTime = random.nextInt(100) < 96;
		long contactSeconds = (long) (deadlines.contact().toSeconds()
				* (inTime ? 0.1 + 0.8 * random.nextDouble() : 1.1 + 0.4 * random.nextDouble()));
		Instant contacted = received.plusSeconds(contactSeconds);
		ContactMethod method = pick(random, ContactMethod.CALL_96110, 50, ContactMethod.OFFICER_CALL, 35,
				ContactMethod.SMS_12381);
		Instant visited = null;
		Set<ChecklistItem> checklist = Set.of();
		Instant closed;
		long amount = 0;
		String note = null;
		switch (outcome) {
			case DISSUADED -> {
				int visitShare = risk == RiskLevel.HIGH ? 100 : risk == RiskLevel.MEDIUM ? 70 : 40;
				if (random.nextInt(100) < visitShare) {
					visited = contacted.plus(Duration.ofMinutes(15 + random.nextInt(75)));
					checklist = EnumSet.allOf(ChecklistItem.class);
				}
				closed = (visited != null ? visited : contacted).plus(Duration.ofMinutes(5 + random.nextInt(25)));
				amount = Math.round((500 + random.nextDouble() * 4600) * (risk == RiskLevel.HIGH ? 1.5 : 1.0) / 100) * 100;
			}
			case DEFRAUDED -> {
				closed = contacted.plus(Duration.ofMinutes(10 + random.nextInt(40)));
				amount = (2 + random.nextInt(79)) * 1000L;
				note = "已转账，已开展紧急止付";
			}
			case UNREACHABLE -> {
				contacted = null;
				method = null;
				closed = received.plus(Duration.ofMinutes(40 + random.nextInt(60)));
				note = "多次拨打未接通，上门未遇";
			}
			default -> {
				closed = contacted.plus(Duration.ofMinutes(5 + random.nextInt(20)));
				note = "核实为本人正常交易，非诈骗";
			}
		}
		return new HistoricalWarning("FZ" + year + String.format("%06d", n), phone(random),
				at == null ? null : at[0], at == null ? null : at[1], null, risk, type, suspicious(random), received,
				method, contacted, visited, checklist, outcome, closed, amount, note);
	}

	/** Four orders received now, open: two at WB01 (南桥), one elsewhere, one without a location (duty desk). */
	private void live(SplittableRandom random) {
		List<double[]> wb01 = points(random, grids.ofStation("WB01"), 4);
		List<double[]> other = points(random, grids.ofStation("WB03").isEmpty() ? grids.all() : grids.ofStation("WB03"), 2);
		String[][] orders = { { "HIGH", "FAKE_INVESTMENT", "平原路 88 号附近" }, { "MEDIUM", "ORDER_BRUSHING", "南桥社区" },
				{ "HIGH", "IMPERSONATING_AUTHORITIES", "" }, { "LOW", "FAKE_LOAN", "" } };
		for (int i = 0; i < orders.length; i++) {
			double[] at = i < 2 ? wb01.get(i) : i == 2 ? other.get(0) : null;
			WarningInput input = new WarningInput("FZLIVE" + (i + 1), phone(random),
					at == null ? null : new WarningInput.Location(at[0], at[1], orders[i][2]), orders[i][0], orders[i][1],
					suspicious(random), "上级反诈中心预警：潜在受害人正在与涉诈号码联系", null);
			warnings.create("demo-live-" + (i + 1), input, true);
		}
	}

	/** Random points inside the given grids (lat, lng), checked with the geocoder. */
	List<double[]> points(SplittableRandom random, List<Grid> within, int count) {
		List<double[]> points = new ArrayList<>(count);
		if (within.isEmpty()) {
			return points;
		}
		while (points.size() < count) {
			Grid grid = within.get(random.nextInt(within.size()));
			Envelope box = grid.geometry().getEnvelopeInternal();
			for (int attempt = 0; attempt < 20; attempt++) {
				double lng = box.getMinX() + random.nextDouble() * box.getWidth();
				double lat = box.getMinY() + random.nextDouble() * box.getHeight();
				if (grid.code().equals(geocoder.locate(lat, lng).gridCode())) {
					points.add(new double[] { Math.round(lat * 1e6) / 1e6, Math.round(lng * 1e6) / 1e6 });
					break;
				}
			}
		}
		return points;
	}

	private static String phone(SplittableRandom random) {
		return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
	}

	private static String suspicious(SplittableRandom random) {
		return switch (random.nextInt(3)) {
			case 0 -> "170" + String.format("%08d", random.nextInt(100_000_000));
			case 1 -> "QQ " + (100_000_000 + random.nextInt(900_000_000));
			default -> "+852 " + String.format("%08d", random.nextInt(100_000_000));
		};
	}

	private static <T> void add(List<T> list, T value, int count) {
		for (int i = 0; i < count; i++) {
			list.add(value);
		}
	}

	private static <T> T pick(SplittableRandom random, T a, int pa, T b, int pb, T c) {
		int r = random.nextInt(100);
		return r < pa ? a : r < pa + pb ? b : c;
	}
}
