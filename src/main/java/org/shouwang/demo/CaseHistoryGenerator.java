package org.shouwang.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.shouwang.cases.CaseKind;
import org.shouwang.cases.CaseSource;
import org.shouwang.cases.HistoricalCase;
import org.shouwang.cases.HistoricalCase.HistoricalApprehension;
import org.shouwang.cases.HistoricalCase.HistoricalOperation;
import org.shouwang.cases.HistoricalCase.HistoricalPerson;
import org.shouwang.cases.HistoricalCase.HistoricalProperty;
import org.shouwang.cases.HistoricalCase.HistoricalTask;
import org.shouwang.cases.Offence;
import org.shouwang.cases.Penalty;
import org.shouwang.cases.PersonRole;
import org.shouwang.cases.Sex;
import org.shouwang.organization.Officer;

/**
 * Generates the demo district's cases of 2024 and 2025 from fixed yearly targets, so that the records give the seed's
 * figures: 2025 刑事立案 886 against 1183 in 2024 (−25.1 %), of which telecom fraud 342 against 412 (−17.0 %); 398
 * criminal cases solved in 2025, 214 of them command-assisted (74 inside eight synthesised operations, among them the
 * car-door theft series of 15 cases and 3 suspects, and 140 with a command-centre task); 856 administrative cases
 * concluded with a penalty; 2127 apprehensions in 2025, 53 of online fugitives (two withdrawn late) and 198 directly
 * supported by the command centre. Every date is drawn so that the stage dates fall in the right year; everything
 * else (stations, units, offences, people, property) is drawn from the demo context's random sources.
 */
final class CaseHistoryGenerator {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** One year's targets. */
	record Year(int year, int registered, int telecomFraud, int declined, int solvedSameYear, int solvedNextYear,
			int withdrawn, int adminPenalised, int adminMediated, int adminOpen, int apprehensions, int fugitives,
			int lateWithdrawals, int commandSupported, List<Integer> operationSizes, int caseTasks) {
	}

	/** 2024: solved 441 in 2024 (+40 of its registrations solved in 2025). */
	static final Year Y2024 = new Year(2024, 1183, 412, 64, 441, 40, 21, 902, 141, 0, 2236, 61, 1, 171,
			List.of(10, 8, 7), 118);

	/** 2025: solved 358 of its own registrations + 40 of 2024's = 398, 74 + 140 = 214 command-assisted. */
	static final Year Y2025 = new Year(2025, 886, 342, 48, 358, 0, 17, 856, 130, 25, 2127, 53, 2, 198,
			List.of(15, 12, 10, 9, 8, 8, 6, 6), 140);

	static final List<Year> YEARS = List.of(Y2024, Y2025);

	private static final String[] SURNAMES = ("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏").split("");

	private static final String[] GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娟建国文辉力鹏飞宇浩凯健俊峰亮斌").split("");

	private static final String[] STATIONS = { "WB01", "WB02", "WB03", "WB04", "WB05", "WB06", "WB07" };

	private static final int[] STATION_WEIGHTS = { 17, 16, 13, 18, 15, 11, 10 };

	private static final String[] PLACES = { "平原路", "胜利路", "健康路", "中同街", "自由路", "解放大道", "劳动路", "和平大道",
			"人民路", "新华街", "卫河路", "南桥街", "火车站广场", "金穗大道", "华兰大道", "平原镇中心街" };

	private static final String[] OPERATION_NAMES = { "“车门”系列盗窃案合成作战", "电诈资金链专项合成作战", "入室盗窃系列案合成作战",
			"盗窃电动车系列案合成作战", "跨区域诈骗团伙合成作战", "夜间抢夺系列案合成作战", "涉毒线索合成作战", "网络赌博引流合成作战",
			"盗窃车内财物系列案合成作战", "帮信团伙合成作战", "盗窃电缆系列案合成作战" };

	/** The specialised units that take part in operations. */
	private static final String[] SPECIALISED = { "WB-XZ", "WB-JZ", "WB-WA", "WB-FZ", "WB-ZA" };

	static final String COMMAND_CENTRE = "WB-ZHZX";

	private final DemoContext context;

	private final Map<String, List<Officer>> investigators;

	private int idSequence;

	/** A case being built: its targets decide which stages it reaches. */
	private static final class Draft {

		Offence offence;

		/** A fixed random rank: the order in which cases of one kind are solved. */
		int rank;

		String station;

		String unit;

		Officer investigator;

		Instant received;

		Instant registered;

		Instant declined;

		Instant investigating;

		Instant solved;

		Instant prosecuted;

		Instant withdrawn;

		Instant decided;

		Penalty penalty;

		BigDecimal fine;

		Integer days;

		Instant mediated;

		Instant concluded;

		Integer operation;

		boolean enterprise;

		final List<HistoricalPerson> persons = new ArrayList<>();

		final List<HistoricalApprehension> apprehensions = new ArrayList<>();

		final List<HistoricalProperty> property = new ArrayList<>();

		final List<HistoricalTask> tasks = new ArrayList<>();

		/** Window of this case's apprehensions in the target year. */
		Instant apprehendFrom;

		Instant apprehendTo;
	}

	/** The generated import. */
	record Generated(List<HistoricalOperation> operations, List<HistoricalCase> cases) {
	}

	CaseHistoryGenerator(DemoContext context, Map<String, List<Officer>> investigators) {
		this.context = context;
		this.investigators = investigators;
	}

	Generated generate() {
		List<HistoricalOperation> operations = new ArrayList<>();
		List<Draft> all = new ArrayList<>();
		// 2025's solved pool receives 2024's late solutions
		List<Draft> carriedOver = new ArrayList<>();
		for (Year year : YEARS) {
			SplittableRandom r = context.random("cases-" + year.year());
			List<Draft> criminal = criminal(year, r, carriedOver);
			List<Draft> admin = administrative(year, r);
			List<Draft> solvedInYear = new ArrayList<>();
			for (Draft d : criminal) {
				if (d.solved != null && inYear(d.solved, year.year())) {
					solvedInYear.add(d);
				}
			}
			for (Draft d : carriedOver) {
				if (d.solved != null && inYear(d.solved, year.year())) {
					solvedInYear.add(d);
				}
			}
			operationsAndTasks(year, r, solvedInYear, operations);
			apprehensions(year, r, solvedInYear, admin);
			property(r, solvedInYear);
			all.addAll(criminal);
			all.addAll(admin);
		}
		List<HistoricalCase> cases = new ArrayList<>(all.size());
		for (Draft d : all) {
			cases.add(toCase(d));
		}
		return new Generated(operations, cases);
	}

	// ---- criminal

	private List<Draft> criminal(Year year, SplittableRandom r, List<Draft> carriedOver) {
		List<Draft> drafts = new ArrayList<>();
		// registered cases: telecom fraud first, then the other offences by weight
		for (int i = 0; i < year.registered(); i++) {
			Draft d = new Draft();
			d.offence = i < year.telecomFraud() ? Offence.TELECOM_FRAUD : criminalOffence(r);
			d.registered = instantInYear(r, year.year(), 1, 0);
			d.received = d.registered.minus(Duration.ofMinutes(30 + r.nextInt(3 * 24 * 60)));
			d.investigating = d.registered.plus(Duration.ofMinutes(10 + r.nextInt(24 * 60)));
			place(d, r);
			drafts.add(d);
		}
		Collections.shuffle(drafts, new java.util.Random(r.nextLong()));
		// solved within the year: the earlier-registered ones so that the solution fits; telecom fraud less often
		List<Draft> candidates = new ArrayList<>(drafts);
		candidates.sort((a, b) -> Integer.compare(weightForSolving(a), weightForSolving(b)));
		int solved = 0;
		Instant yearEnd = LocalDate.of(year.year(), 12, 31).atTime(18, 0).atZone(ZONE).toInstant();
		for (Draft d : candidates) {
			if (solved == year.solvedSameYear()) {
				break;
			}
			Instant earliest = d.investigating.plus(Duration.ofDays(2));
			if (!earliest.isBefore(yearEnd)) {
				continue;
			}
			long span = Duration.between(earliest, yearEnd).toMinutes();
			long days = Math.min(span, (long) (Duration.ofDays(3 + r.nextInt(80)).toMinutes()));
			d.solved = earliest.plus(Duration.ofMinutes(r.nextLong(Math.max(1, days))));
			solved++;
		}
		if (solved != year.solvedSameYear()) {
			throw new IllegalStateException("could not place the solved cases of " + year.year());
		}
		// solved early the next year: registered late in the year, not solved yet
		int carried = 0;
		for (Draft d : drafts) {
			if (carried == year.solvedNextYear()) {
				break;
			}
			if (d.solved == null && d.offence != Offence.TELECOM_FRAUD && d.registered.atZone(ZONE).getMonthValue() >= 10) {
				d.solved = LocalDate.of(year.year() + 1, 1, 3).atTime(9, 0).atZone(ZONE).toInstant()
					.plus(Duration.ofMinutes(r.nextInt(110 * 24 * 60)));
				carriedOver.add(d);
				carried++;
			}
		}
		if (carried != year.solvedNextYear()) {
			throw new IllegalStateException("could not place the carried-over solutions of " + year.year());
		}
		// prosecution after solving (when it falls before the end of the demo's history), withdrawals of unsolved ones
		Instant historyEnd = LocalDate.of(2025, 12, 31).atTime(18, 0).atZone(ZONE).toInstant();
		for (Draft d : drafts) {
			if (d.solved != null) {
				Instant prosecuted = d.solved.plus(Duration.ofDays(7 + r.nextInt(30)));
				if (prosecuted.isBefore(historyEnd)) {
					d.prosecuted = prosecuted;
				}
			}
		}
		int withdrawn = 0;
		for (Draft d : drafts) {
			if (withdrawn == year.withdrawn()) {
				break;
			}
			if (d.solved == null && d.offence != Offence.TELECOM_FRAUD) {
				Instant at = d.investigating.plus(Duration.ofDays(20 + r.nextInt(60)));
				if (at.isBefore(historyEnd)) {
					d.withdrawn = at;
					withdrawn++;
				}
			}
		}
		// declined (不予立案): received, examined, not registered
		for (int i = 0; i < year.declined(); i++) {
			Draft d = new Draft();
			d.offence = criminalOffence(r);
			d.received = instantInYear(r, year.year(), 1, 0);
			d.declined = d.received.plus(Duration.ofMinutes(60 + r.nextInt(5 * 24 * 60)));
			if (!inYear(d.declined, year.year())) {
				d.declined = d.received.plus(Duration.ofMinutes(30));
			}
			place(d, r);
			drafts.add(d);
		}
		// cases received at the end of the history, still being examined
		if (year.year() == 2025) {
			for (int i = 0; i < 12; i++) {
				Draft d = new Draft();
				d.offence = criminalOffence(r);
				d.received = LocalDate.of(2025, 12, 22 + r.nextInt(9)).atTime(8 + r.nextInt(10), r.nextInt(60)).atZone(ZONE)
					.toInstant();
				place(d, r);
				d.enterprise = i < 3;
				drafts.add(d);
			}
		}
		return drafts;
	}

	private static int weightForSolving(Draft d) {
		// lower sorts first: ordinary theft and assault are solved most readily, telecom fraud least
		int base = switch (d.offence) {
			case ASSAULT, ROBBERY, SNATCHING -> 0;
			case THEFT, BURGLARY, VEHICLE_THEFT -> 1;
			case FRAUD, DRUGS, OTHER_CRIMINAL -> 2;
			default -> 3;
		};
		return base * 100_000 + d.rank;
	}

	private Offence criminalOffence(SplittableRandom r) {
		int x = r.nextInt(100);
		if (x < 38) {
			return Offence.THEFT;
		}
		if (x < 48) {
			return Offence.BURGLARY;
		}
		if (x < 60) {
			return Offence.VEHICLE_THEFT;
		}
		if (x < 62) {
			return Offence.ROBBERY;
		}
		if (x < 65) {
			return Offence.SNATCHING;
		}
		if (x < 78) {
			return Offence.FRAUD;
		}
		if (x < 88) {
			return Offence.ASSAULT;
		}
		if (x < 92) {
			return Offence.DRUGS;
		}
		return Offence.OTHER_CRIMINAL;
	}

	/** Station, responsible unit and lead investigator. */
	private void place(Draft d, SplittableRandom r) {
		d.station = STATIONS[weighted(r, STATION_WEIGHTS)];
		d.rank = r.nextInt(100_000);
		d.unit = switch (d.offence) {
			case TELECOM_FRAUD -> r.nextInt(10) < 7 ? "WB-FZ" : "WB-WA";
			case BURGLARY, ROBBERY, VEHICLE_THEFT -> r.nextInt(10) < 6 ? "WB-XZ" : d.station;
			case DRUGS -> "WB-XZ";
			case GAMBLING, DRUG_USE -> "WB-ZA";
			default -> d.station;
		};
		List<Officer> officers = investigators.getOrDefault(d.unit, List.of());
		d.investigator = officers.isEmpty() ? null : officers.get(r.nextInt(officers.size()));
		d.enterprise = d.enterprise || (d.offence.kind() == CaseKind.CRIMINAL && r.nextInt(100) < 4);
	}

	// ---- administrative

	private List<Draft> administrative(Year year, SplittableRandom r) {
		List<Draft> drafts = new ArrayList<>();
		int total = year.adminPenalised() + year.adminMediated() + year.adminOpen();
		for (int i = 0; i < total; i++) {
			Draft d = new Draft();
			d.offence = adminOffence(r);
			if (i < year.adminPenalised() + year.adminMediated()) {
				// concluded in the year: from 8 January, so that the decision and its apprehensions lie in the year too
				d.concluded = instantInYear(r, year.year(), 8, 0);
				Instant outcome = d.concluded.minus(Duration.ofMinutes(60 + r.nextInt(4 * 24 * 60)));
				d.investigating = outcome.minus(Duration.ofMinutes(120 + r.nextInt(18 * 24 * 60)));
				d.received = d.investigating.minus(Duration.ofMinutes(10 + r.nextInt(20 * 60)));
				if (i < year.adminPenalised()) {
					d.decided = outcome;
					penalty(d, r);
				}
				else {
					d.mediated = outcome;
				}
				d.apprehendFrom = later(d.received, LocalDate.of(year.year(), 1, 1).atStartOfDay(ZONE).toInstant());
				d.apprehendTo = outcome;
			}
			else {
				d.received = LocalDate.of(year.year(), 12, 10 + r.nextInt(20)).atTime(9 + r.nextInt(10), r.nextInt(60))
					.atZone(ZONE).toInstant();
				d.investigating = d.received.plus(Duration.ofHours(2 + r.nextInt(20)));
			}
			place(d, r);
			drafts.add(d);
		}
		return drafts;
	}

	private Offence adminOffence(SplittableRandom r) {
		int x = r.nextInt(100);
		if (x < 30) {
			return Offence.FIGHTING;
		}
		if (x < 42) {
			return Offence.PROVOCATION;
		}
		if (x < 54) {
			return Offence.GAMBLING;
		}
		if (x < 62) {
			return Offence.DRUG_USE;
		}
		if (x < 74) {
			return Offence.DRUNK_DRIVING;
		}
		if (x < 88) {
			return Offence.PETTY_THEFT;
		}
		if (x < 95) {
			return Offence.DISORDERLY;
		}
		return Offence.OTHER_ADMINISTRATIVE;
	}

	private static void penalty(Draft d, SplittableRandom r) {
		int x = r.nextInt(100);
		if (x < 30) {
			d.penalty = Penalty.WARNING;
		}
		else if (x < 75) {
			d.penalty = Penalty.FINE;
			d.fine = BigDecimal.valueOf(200L + 100L * r.nextInt(29));
		}
		else if (x < 97) {
			d.penalty = Penalty.DETENTION;
			d.days = 3 + r.nextInt(13);
		}
		else {
			d.penalty = Penalty.LICENCE_REVOKED;
		}
	}

	// ---- operations and command-centre tasks

	private void operationsAndTasks(Year year, SplittableRandom r, List<Draft> solved, List<HistoricalOperation> operations) {
		List<Draft> pool = new ArrayList<>(solved);
		pool.sort((a, b) -> a.solved.compareTo(b.solved));
		Set<Draft> used = new HashSet<>();
		int first = operations.size();
		for (int k = 0; k < year.operationSizes().size(); k++) {
			int size = year.operationSizes().get(k);
			boolean carDoor = year.year() == 2025 && k == 0;
			// the members: cases of one kind, solved close together
			List<Draft> members = new ArrayList<>();
			int start = r.nextInt(Math.max(1, pool.size() - 200));
			for (int i = start; i < pool.size() && members.size() < size; i++) {
				Draft d = pool.get(i);
				if (!used.contains(d) && (!carDoor || d.offence == Offence.THEFT)) {
					members.add(d);
				}
			}
			for (int i = 0; i < pool.size() && members.size() < size; i++) {
				Draft d = pool.get(i);
				if (!used.contains(d) && !members.contains(d) && (!carDoor || d.offence == Offence.THEFT)) {
					members.add(d);
				}
			}
			if (members.size() < size) {
				throw new IllegalStateException("not enough solved cases for operation " + k + " of " + year.year());
			}
			used.addAll(members);
			Instant startedAt = members.stream().map(d -> d.registered == null ? d.received : d.registered).min(Instant::compareTo)
				.orElseThrow().plus(Duration.ofHours(6));
			Instant lastSolved = members.stream().map(d -> d.solved).max(Instant::compareTo).orElseThrow();
			String lead = carDoor ? "WB-XZ" : SPECIALISED[r.nextInt(SPECIALISED.length)];
			List<String> units = new ArrayList<>(List.of(COMMAND_CENTRE, lead));
			String other = SPECIALISED[r.nextInt(SPECIALISED.length)];
			if (!units.contains(other)) {
				units.add(other);
			}
			units.add(members.get(0).station);
			String name = carDoor ? OPERATION_NAMES[0] : OPERATION_NAMES[1 + (first + k) % (OPERATION_NAMES.length - 1)];
			operations.add(new HistoricalOperation(name, lead, units, startedAt, lastSolved.plus(Duration.ofDays(3)),
					carDoor ? "3名嫌疑人连续拉车门盗窃车内财物，串并15起案件，情指中心视频追踪、刑侦与技侦合成研判后全部抓获。"
							: "情指中心牵头研判，专业警种与派出所合成作战。", true));
			int index = operations.size() - 1;
			for (Draft d : members) {
				d.operation = index;
				// make every member's stages start no earlier than its own received date; the operation may start later
				d.tasks.add(new HistoricalTask(COMMAND_CENTRE, "视频追踪与轨迹研判", later(startedAt, d.received),
						later(startedAt, d.received).plus(Duration.ofDays(3)), earlier(d.solved,
								later(startedAt, d.received).plus(Duration.ofDays(2)))));
			}
			if (carDoor) {
				carDoorSuspects(members, r);
			}
		}
		// command-centre tasks on single cases
		int tasks = 0;
		List<Draft> rest = new ArrayList<>(pool);
		rest.removeAll(used);
		Collections.shuffle(rest, new java.util.Random(r.nextLong()));
		for (Draft d : rest) {
			if (tasks == year.caseTasks()) {
				break;
			}
			Instant created = (d.investigating == null ? d.received : d.investigating).plus(Duration.ofHours(1 + r.nextInt(24)));
			if (created.isAfter(d.solved)) {
				created = d.solved.minus(Duration.ofHours(1));
			}
			Instant done = earlier(d.solved, created.plus(Duration.ofHours(4 + r.nextInt(60))));
			d.tasks.add(new HistoricalTask(COMMAND_CENTRE, r.nextBoolean() ? "视频追踪" : "情报研判与人员落地", created,
					created.plus(Duration.ofDays(2)), done));
			tasks++;
		}
		if (tasks != year.caseTasks()) {
			throw new IllegalStateException("not enough solved cases for command tasks in " + year.year());
		}
	}

	/** The car-door series: three suspects, persons of every case, apprehended in the first one. */
	private void carDoorSuspects(List<Draft> members, SplittableRandom r) {
		List<HistoricalPerson> suspects = List.of(person(r, PersonRole.SUSPECT), person(r, PersonRole.SUSPECT),
				person(r, PersonRole.SUSPECT));
		for (Draft d : members) {
			d.persons.addAll(suspects);
		}
	}

	// ---- apprehensions

	private void apprehensions(Year year, SplittableRandom r, List<Draft> solved, List<Draft> admin) {
		Instant yearStart = LocalDate.of(year.year(), 1, 1).atStartOfDay(ZONE).toInstant();
		List<Draft> criminal = new ArrayList<>();
		for (Draft d : solved) {
			d.apprehendFrom = later(d.investigating == null ? d.received : d.investigating, yearStart);
			d.apprehendTo = d.solved;
			criminal.add(d);
		}
		List<HistoricalApprehension[]> made = new ArrayList<>();
		List<Draft> owners = new ArrayList<>();
		// one each: the main suspect in custody; in the car-door series the three suspects in its first case only
		Draft carDoorFirst = null;
		Set<Integer> carDoorOperation = new HashSet<>();
		for (Draft d : criminal) {
			if (d.operation != null && year.year() == 2025 && d.persons.size() == 3
					&& (carDoorFirst == null || d.solved.isBefore(carDoorFirst.solved))) {
				carDoorFirst = d;
				carDoorOperation.add(d.operation);
			}
		}
		int count = 0;
		for (Draft d : criminal) {
			if (d.operation != null && carDoorOperation.contains(d.operation)) {
				if (d == carDoorFirst) {
					for (int s = 0; s < 3; s++) {
						apprehend(d, s, r, true);
						count++;
					}
				}
				continue;
			}
			apprehend(d, addSuspect(d, r), r, false);
			count++;
		}
		for (Draft d : admin) {
			if (d.decided != null) {
				apprehend(d, addSuspect(d, r), r, false);
				count++;
			}
		}
		// accomplices until the year's total
		List<Draft> extraPool = new ArrayList<>();
		for (Draft d : criminal) {
			if (d.operation == null || !carDoorOperation.contains(d.operation)) {
				extraPool.add(d);
			}
		}
		for (Draft d : admin) {
			if (d.decided != null && (d.offence == Offence.FIGHTING || d.offence == Offence.GAMBLING)) {
				extraPool.add(d);
			}
		}
		while (count < year.apprehensions()) {
			Draft d = extraPool.get(r.nextInt(extraPool.size()));
			apprehend(d, addSuspect(d, r), r, false);
			count++;
		}
		// flags: online fugitives among criminal apprehensions, command support first where the centre helped
		List<int[]> criminalApprehensions = new ArrayList<>();
		for (int i = 0; i < criminal.size(); i++) {
			for (int k = 0; k < criminal.get(i).apprehensions.size(); k++) {
				criminalApprehensions.add(new int[] { i, k });
			}
		}
		Collections.shuffle(criminalApprehensions, new java.util.Random(r.nextLong()));
		int fugitives = 0;
		int late = 0;
		Set<String> flagged = new HashSet<>();
		for (int[] ik : criminalApprehensions) {
			if (fugitives == year.fugitives()) {
				break;
			}
			Draft d = criminal.get(ik[0]);
			HistoricalApprehension a = d.apprehensions.get(ik[1]);
			long hours = late < year.lateWithdrawals() ? 50 + r.nextInt(30) : 2 + r.nextInt(40);
			if (hours >= 48) {
				late++;
			}
			d.apprehensions.set(ik[1], new HistoricalApprehension(a.person(), a.apprehendedAt(), a.place(), a.unitCode(),
					a.commandSupported(), true, a.apprehendedAt().plus(Duration.ofHours(hours).plusMinutes(r.nextInt(60)))));
			flagged.add(ik[0] + "/" + ik[1]);
			fugitives++;
		}
		int supported = 0;
		for (int pass = 0; pass < 2 && supported < year.commandSupported(); pass++) {
			for (int[] ik : criminalApprehensions) {
				if (supported == year.commandSupported()) {
					break;
				}
				Draft d = criminal.get(ik[0]);
				boolean assisted = !d.tasks.isEmpty();
				HistoricalApprehension a = d.apprehensions.get(ik[1]);
				if (a.commandSupported() || (pass == 0 && !assisted)) {
					continue;
				}
				d.apprehensions.set(ik[1], new HistoricalApprehension(a.person(), a.apprehendedAt(), a.place(), a.unitCode(),
						true, a.onlineFugitive(), a.withdrawnAt()));
				supported++;
			}
		}
		if (fugitives != year.fugitives() || supported != year.commandSupported()) {
			throw new IllegalStateException("could not flag the apprehensions of " + year.year());
		}
	}

	private int addSuspect(Draft d, SplittableRandom r) {
		d.persons.add(person(r, PersonRole.SUSPECT));
		return d.persons.size() - 1;
	}

	private void apprehend(Draft d, int person, SplittableRandom r, boolean sameDay) {
		long span = Math.max(1, Duration.between(d.apprehendFrom, d.apprehendTo).toMinutes());
		Instant at = d.apprehendFrom.plus(Duration.ofMinutes(sameDay ? Math.min(span, 600) : r.nextLong(span)));
		String unit = d.unit;
		d.apprehensions.add(new HistoricalApprehension(person, at, PLACES[r.nextInt(PLACES.length)] + "附近", unit, false, false,
				null));
	}

	// ---- victims and property

	private void property(SplittableRandom r, List<Draft> solved) {
		for (Draft d : solved) {
			boolean taking = switch (d.offence) {
				case THEFT, BURGLARY, VEHICLE_THEFT, ROBBERY, SNATCHING, FRAUD, TELECOM_FRAUD -> true;
				default -> false;
			};
			if (!taking || r.nextInt(100) >= 60) {
				continue;
			}
			int items = 1 + r.nextInt(2);
			for (int i = 0; i < items; i++) {
				String description = switch (d.offence) {
					case VEHICLE_THEFT -> "电动自行车";
					case TELECOM_FRAUD, FRAUD -> "冻结返还资金";
					case BURGLARY -> r.nextBoolean() ? "金首饰" : "现金";
					default -> r.nextBoolean() ? "手机" : "钱包及现金";
				};
				BigDecimal value = BigDecimal.valueOf(300L + r.nextInt(200) * 50L);
				Instant at = d.solved.minus(Duration.ofHours(r.nextInt(48)));
				boolean returned = r.nextInt(100) < 80;
				d.property.add(new HistoricalProperty(description, 1, value, at, returned,
						returned ? at.plus(Duration.ofDays(1 + r.nextInt(10))) : null));
			}
		}
	}

	private HistoricalCase toCase(Draft d) {
		List<HistoricalPerson> persons = new ArrayList<>(d.persons);
		SplittableRandom r = context.random("victim-" + (idSequence++));
		if (d.offence.kind() == CaseKind.CRIMINAL || d.offence == Offence.FIGHTING) {
			persons.add(person(r, PersonRole.VICTIM));
		}
		String title = title(d);
		return new HistoricalCase(d.offence, r.nextInt(10) < 8 ? CaseSource.INCIDENT : CaseSource.WALK_IN, title, null,
				d.station, d.unit, d.investigator == null ? null : d.investigator.id(),
				d.investigator == null ? null : d.investigator.name(), d.enterprise, d.received, d.registered, d.declined,
				d.declined == null ? null : "经审查没有犯罪事实", d.investigating, d.solved, d.prosecuted, d.withdrawn,
				d.withdrawn == null ? null : "经侦查不应追究刑事责任", d.decided, d.penalty, d.fine, d.days, d.mediated, d.concluded,
				d.operation, List.of(), persons, d.apprehensions, d.property, d.tasks, true);
	}

	private static String title(Draft d) {
		String what = switch (d.offence) {
			case THEFT -> "盗窃案";
			case BURGLARY -> "入室盗窃案";
			case VEHICLE_THEFT -> "盗窃电动车案";
			case ROBBERY -> "抢劫案";
			case SNATCHING -> "抢夺案";
			case FRAUD -> "诈骗案";
			case TELECOM_FRAUD -> "电信网络诈骗案";
			case ASSAULT -> "故意伤害案";
			case DRUGS -> "贩卖毒品案";
			case OTHER_CRIMINAL -> "刑事案件";
			case FIGHTING -> "殴打他人案";
			case PROVOCATION -> "寻衅滋事案";
			case GAMBLING -> "赌博案";
			case DRUG_USE -> "吸毒案";
			case DRUNK_DRIVING -> "醉酒驾驶案";
			case PETTY_THEFT -> "盗窃（治安）案";
			case DISORDERLY -> "扰乱公共秩序案";
			case OTHER_ADMINISTRATIVE -> "治安案件";
		};
		return "（演示）" + d.received.atZone(ZONE).toLocalDate() + " " + what;
	}

	/** A generated person, marked as demo data by the case; an ID number of 新乡 (4107xx) with its check digit. */
	private HistoricalPerson person(SplittableRandom r, PersonRole role) {
		Sex sex = r.nextInt(100) < (role == PersonRole.SUSPECT ? 82 : 50) ? Sex.MALE : Sex.FEMALE;
		int birthYear = 1958 + r.nextInt(48);
		String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]
				+ (r.nextBoolean() ? GIVEN[r.nextInt(GIVEN.length)] : "");
		String body = "4107" + String.format("%02d", 2 + r.nextInt(10)) + birthYear
				+ String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) + String.format("%02d", r.nextInt(100))
				+ (sex == Sex.MALE ? 1 + 2 * r.nextInt(5) : 2 * r.nextInt(5));
		return new HistoricalPerson(role, name, sex, birthYear, body + checkDigit(body));
	}

	/** The GB 11643 check character of the first 17 digits. */
	static char checkDigit(String first17) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return "10X98765432".charAt(sum % 11);
	}

	// ---- time helpers

	/** A working-hours-weighted instant in the year, from the given day of January. */
	private static Instant instantInYear(SplittableRandom r, int year, int fromJanuaryDay, int unused) {
		LocalDate start = LocalDate.of(year, 1, fromJanuaryDay);
		int days = (int) (LocalDate.of(year, 12, 31).toEpochDay() - start.toEpochDay()) + 1;
		LocalDate day = start.plusDays(r.nextInt(days));
		return day.atTime(7 + r.nextInt(15), r.nextInt(60)).atZone(ZONE).toInstant();
	}

	private static boolean inYear(Instant at, int year) {
		return at.atZone(ZONE).getYear() == year;
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static int weighted(SplittableRandom r, int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int x = r.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			x -= weights[i];
			if (x < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}
}
