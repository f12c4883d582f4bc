package org.shouwang.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.shouwang.organization.Capability;
import org.shouwang.organization.DutyUnitInput;
import org.shouwang.organization.DutyUnitKind;
import org.shouwang.organization.OfficerInput;
import org.shouwang.organization.OfficerRole;
import org.shouwang.organization.OrgUnitInput;
import org.shouwang.organization.OrgUnitKind;
import org.shouwang.organization.OrganizationAdministration;
import org.shouwang.organization.PoliceRank;

import org.springframework.stereotype.Component;

import static org.shouwang.organization.OfficerRole.ANALYST;
import static org.shouwang.organization.OfficerRole.AUXILIARY;
import static org.shouwang.organization.OfficerRole.COMMUNITY_OFFICER;
import static org.shouwang.organization.OfficerRole.DISPATCHER;
import static org.shouwang.organization.OfficerRole.INSPECTOR;
import static org.shouwang.organization.OfficerRole.INVESTIGATOR;
import static org.shouwang.organization.OfficerRole.LEADER;
import static org.shouwang.organization.OfficerRole.LEGAL_OFFICER;
import static org.shouwang.organization.OfficerRole.PATROL_OFFICER;
import static org.shouwang.organization.OfficerRole.STAFF;
import static org.shouwang.organization.OfficerRole.STATION_CHIEF;

/**
 * The organisation of 市公安局卫滨分局: seven stations with their 警务室, the 情指中心, the 大队 and 室, about 420
 * officers and auxiliaries and about 90 duty units. Everything goes through {@link OrganizationAdministration}.
 */
@Component
class OrganizationDemo implements DemoStep {

	static final String BRANCH = "WB";

	/** The seven stations: code, name, police posts. Other steps (the map) rely on these codes. */
	static final List<Station> STATIONS = List.of(
			new Station("WB01", "南桥派出所", List.of("南桥社区警务室", "和平社区警务室", "卫河社区警务室")),
			new Station("WB02", "胜利路派出所", List.of("胜利路社区警务室", "新华社区警务室", "红旗社区警务室")),
			new Station("WB03", "健康路派出所", List.of("健康路社区警务室", "华兰社区警务室")),
			new Station("WB04", "中同街派出所", List.of("中同街社区警务室", "解放路社区警务室", "人民公园社区警务室", "金穗社区警务室")),
			new Station("WB05", "自由路派出所", List.of("自由路社区警务室", "新中社区警务室", "火车站社区警务室")),
			new Station("WB06", "铁西派出所", List.of("铁西社区警务室", "西工社区警务室")),
			new Station("WB07", "平原镇派出所", List.of("平原镇中心警务室", "小尚庄警务室", "后河警务室", "前进村警务室")));

	private static final String[] SURNAMES = ("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
			+ "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶贺顾毛郝龚邵万钱严武戴孔汤常牛申").split("");

	private static final String[] GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娟建国文辉力鹏飞宇浩凯健俊峰亮斌"
			+ "志新海波宁博晨阳帅林雪梅琳丹瑞欣怡佳悦振东旭光永庆春雷晓冬立成卫中凡彬松楠鑫昊天源").split("");

	private final OrganizationAdministration organization;

	private final Set<String> usedNames = new HashSet<>();

	private int nextBadge;

	private int nextAuxiliaryBadge;

	OrganizationDemo(OrganizationAdministration organization) {
		this.organization = organization;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public String name() {
		return "organization";
	}

	@Override
	public void load(DemoContext context) {
		usedNames.clear();
		usedNames.add("韩金涛");
		nextBadge = 71001;
		nextAuxiliaryBadge = 79001;
		int units = createUnits();
		context.progress("{} units: branch, command centre, departments, {} stations with their police posts", units,
				STATIONS.size());
		int officers = createOfficers(context);
		context.progress("{} officers and auxiliaries", officers);
		int dutyUnits = createDutyUnits(context);
		context.progress("{} duty units", dutyUnits);
	}

	// ---- units

	private int createUnits() {
		int count = 0;
		unit(BRANCH, "市公安局卫滨分局", OrgUnitKind.BRANCH, null, 0);
		unit("WB-ZHZX", "情指中心", OrgUnitKind.COMMAND_CENTER, BRANCH, 1);
		count += 2;
		for (int i = 0; i < STATIONS.size(); i++) {
			Station station = STATIONS.get(i);
			unit(station.code(), station.name(), OrgUnitKind.STATION, BRANCH, 10 + i);
			count++;
			for (int p = 0; p < station.posts().size(); p++) {
				unit(station.code() + "-J" + (p + 1), station.posts().get(p), OrgUnitKind.POLICE_POST, station.code(), p + 1);
				count++;
			}
		}
		String[][] departments = {
				{ "WB-XZ", "刑侦大队" }, { "WB-ZA", "治安大队" }, { "WB-WA", "网安大队" }, { "WB-FZ", "反诈中心" },
				{ "WB-JZ", "技侦大队（电侦）" }, { "WB-XT", "巡特警大队" }, { "WB-FZS", "法制室" }, { "WB-ZGS", "政工室" },
				{ "WB-JWBZ", "警务保障室" }, { "WB-DCS", "督察室" } };
		for (int i = 0; i < departments.length; i++) {
			unit(departments[i][0], departments[i][1], OrgUnitKind.DEPARTMENT, BRANCH, 100 + i);
			count++;
		}
		unit("WB-XZ-BY", "便衣侦查队", OrgUnitKind.DEPARTMENT, "WB-XZ", 1);
		return count + 1;
	}

	private void unit(String code, String name, OrgUnitKind kind, String parent, int sortOrder) {
		organization.createUnit(new OrgUnitInput(code, name, kind, parent, sortOrder), true);
	}

	// ---- officers

	private int createOfficers(DemoContext context) {
		SplittableRandom names = context.random("names");
		SplittableRandom staffing = context.random("staffing");
		int count = 0;
		// The branch's leadership: 局长, 政委 and deputies.
		count += officer(names, BRANCH, LEADER, PoliceRank.SUPERVISOR_1, true);
		count += officer(names, BRANCH, LEADER, PoliceRank.SUPERVISOR_1, true);
		count += officers(names, staffing, BRANCH, LEADER, 3, Rank.LEADER);
		for (Station station : STATIONS) {
			String code = station.code();
			count += officer(names, code, STATION_CHIEF, staffing.nextBoolean() ? PoliceRank.SUPERVISOR_2 : PoliceRank.SUPERVISOR_3, true);
			count += officers(names, staffing, code, LEADER, 2, Rank.LEADER);
			if (code.equals("WB01")) {
				// 南桥派出所社区民警韩金涛, named in the branch's 2025 work summary.
				count += create(new OfficerInput(badge(), "韩金涛", PoliceRank.SERGEANT_1, COMMUNITY_OFFICER, code, null));
			}
			count += officers(names, staffing, code, COMMUNITY_OFFICER, staffing.nextInt(8, 15) - (code.equals("WB01") ? 1 : 0), Rank.SWORN);
			count += officers(names, staffing, code, PATROL_OFFICER, staffing.nextInt(5, 9), Rank.SWORN);
			count += officers(names, staffing, code, AUXILIARY, staffing.nextInt(15, 22), Rank.AUXILIARY);
		}
		count += staff(names, staffing, "WB-ZHZX", LEADER, 2, DISPATCHER, 12, ANALYST, 4);
		count += officers(names, staffing, "WB-ZHZX", DISPATCHER, 6, Rank.AUXILIARY);
		count += staff(names, staffing, "WB-XZ", LEADER, 2, INVESTIGATOR, 16, AUXILIARY, 4);
		count += staff(names, staffing, "WB-XZ-BY", LEADER, 1, INVESTIGATOR, 10, AUXILIARY, 0);
		count += staff(names, staffing, "WB-JZ", LEADER, 1, INVESTIGATOR, 7, ANALYST, 2);
		count += staff(names, staffing, "WB-WA", LEADER, 1, INVESTIGATOR, 7, AUXILIARY, 0);
		count += staff(names, staffing, "WB-FZ", LEADER, 1, INVESTIGATOR, 4, ANALYST, 3);
		count += officers(names, staffing, "WB-FZ", AUXILIARY, 4, Rank.AUXILIARY);
		count += staff(names, staffing, "WB-ZA", LEADER, 2, INVESTIGATOR, 8, STAFF, 2);
		count += officers(names, staffing, "WB-ZA", AUXILIARY, 3, Rank.AUXILIARY);
		count += staff(names, staffing, "WB-XT", LEADER, 2, PATROL_OFFICER, 18, AUXILIARY, 16);
		count += staff(names, staffing, "WB-FZS", LEADER, 1, LEGAL_OFFICER, 4, AUXILIARY, 0);
		count += staff(names, staffing, "WB-ZGS", LEADER, 1, STAFF, 3, AUXILIARY, 0);
		count += staff(names, staffing, "WB-JWBZ", LEADER, 1, STAFF, 3, AUXILIARY, 2);
		count += staff(names, staffing, "WB-DCS", LEADER, 1, INSPECTOR, 3, AUXILIARY, 0);
		return count;
	}

	private enum Rank {
		LEADER, SWORN, AUXILIARY
	}

	/** A department's leaders, its main role and a third group (sworn, unless it is the auxiliaries). */
	private int staff(SplittableRandom names, SplittableRandom staffing, String unit, OfficerRole leaders, int leaderCount,
			OfficerRole main, int mainCount, OfficerRole other, int otherCount) {
		int count = officers(names, staffing, unit, leaders, leaderCount, Rank.LEADER);
		count += officers(names, staffing, unit, main, mainCount, main == AUXILIARY ? Rank.AUXILIARY : Rank.SWORN);
		return count + officers(names, staffing, unit, other, otherCount, other == AUXILIARY ? Rank.AUXILIARY : Rank.SWORN);
	}

	private int officers(SplittableRandom names, SplittableRandom staffing, String unit, OfficerRole role, int count, Rank rank) {
		for (int i = 0; i < count; i++) {
			PoliceRank drawn = switch (rank) {
				case LEADER -> pick(staffing, PoliceRank.SUPERVISOR_3, PoliceRank.SUPERVISOR_3, PoliceRank.SUPERVISOR_2,
						PoliceRank.SUPERVISOR_2, PoliceRank.SUPERVISOR_1, PoliceRank.SERGEANT_1);
				case SWORN -> pick(staffing, PoliceRank.CONSTABLE_2, PoliceRank.CONSTABLE_1, PoliceRank.CONSTABLE_1,
						PoliceRank.SERGEANT_3, PoliceRank.SERGEANT_3, PoliceRank.SERGEANT_3, PoliceRank.SERGEANT_2,
						PoliceRank.SERGEANT_2, PoliceRank.SERGEANT_2, PoliceRank.SERGEANT_1, PoliceRank.SERGEANT_1,
						PoliceRank.SUPERVISOR_3, PoliceRank.SUPERVISOR_3);
				case AUXILIARY -> PoliceRank.AUXILIARY;
			};
			officer(names, unit, role, drawn, rank == Rank.LEADER);
		}
		return count;
	}

	private int officer(SplittableRandom names, String unit, OfficerRole role, PoliceRank rank, boolean withPhone) {
		String phone = withPhone ? "0373-20" + (10000 + names.nextInt(90000)) : null;
		String badge = rank == PoliceRank.AUXILIARY ? auxiliaryBadge() : badge();
		return create(new OfficerInput(badge, name(names), rank, role, unit, phone));
	}

	private int create(OfficerInput input) {
		organization.createOfficer(input, true);
		return 1;
	}

	private String badge() {
		return String.format("%06d", nextBadge++);
	}

	private String auxiliaryBadge() {
		return String.format("%06d", nextAuxiliaryBadge++);
	}

	/** A plausible name, never one already given in the demo: a surname and one or two given-name characters. */
	private String name(SplittableRandom random) {
		while (true) {
			String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
					+ (random.nextInt(10) < 6 ? GIVEN[random.nextInt(GIVEN.length)] : "");
			if (usedNames.add(name)) {
				return name;
			}
		}
	}

	@SafeVarargs
	private static <T> T pick(SplittableRandom random, T... values) {
		return values[random.nextInt(values.length)];
	}

	// ---- duty units

	private int createDutyUnits(DemoContext context) {
		SplittableRandom random = context.random("duty-units");
		int count = 0;
		for (Station station : STATIONS) {
			String code = station.code();
			int cars = random.nextInt(2, 4);
			for (int i = 1; i <= cars; i++) {
				Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
				if (i == 1 && (code.equals("WB01") || code.equals("WB06"))) {
					capabilities.add(Capability.WATER_RESCUE); // along the 卫河
				}
				if (random.nextInt(4) == 0) {
					capabilities.add(Capability.MEDICAL_FIRST_AID);
				}
				if (code.equals("WB07") || code.equals("WB05") && i == 1) {
					capabilities.add(Capability.TRAFFIC);
				}
				count += duty(code + "-C" + i, DutyUnitKind.PATROL_CAR, code, null, capabilities);
			}
			int foot = random.nextInt(2, 5);
			for (int i = 1; i <= foot; i++) {
				count += duty(code + "-F" + i, DutyUnitKind.FOOT_PATROL, code, null, Set.of());
			}
			int motorcycles = random.nextInt(1, 3);
			for (int i = 1; i <= motorcycles; i++) {
				count += duty(code + "-M" + i, DutyUnitKind.MOTORCYCLE, code, null, Set.of(Capability.TRAFFIC));
			}
		}
		// 巡特警大队: cars spread over the stations' areas, special response teams, motorcycles.
		List<Integer> medics = new ArrayList<>(List.of(random.nextInt(1, 6), random.nextInt(6, 11), random.nextInt(11, 17)));
		for (int i = 1; i <= 16; i++) {
			Set<Capability> capabilities = EnumSet.of(Capability.CROWD_CONTROL, Capability.ARMED_RESPONSE);
			if (i % 3 == 0) {
				capabilities.add(Capability.TRAFFIC);
			}
			if (medics.contains(i)) {
				capabilities.add(Capability.MEDICAL_FIRST_AID);
			}
			if (i == 4) {
				capabilities.add(Capability.WATER_RESCUE);
			}
			count += duty(String.format("WB-XT-C%02d", i), DutyUnitKind.PATROL_CAR, home(i), "WB-XT", capabilities);
		}
		for (int i = 1; i <= 4; i++) {
			Set<Capability> capabilities = EnumSet.of(Capability.ARMED_RESPONSE, Capability.NEGOTIATION, Capability.CROWD_CONTROL);
			if (i == 1) {
				capabilities.add(Capability.MEDICAL_FIRST_AID);
			}
			count += duty("WB-XT-T" + i, DutyUnitKind.SPECIAL_RESPONSE, home(i * 2 - 1), "WB-XT", capabilities);
		}
		for (int i = 1; i <= 8; i++) {
			count += duty(String.format("WB-XT-M%02d", i), DutyUnitKind.MOTORCYCLE, home(i + 2), "WB-XT", Set.of(Capability.TRAFFIC));
		}
		// 刑侦大队便衣侦查队 and 治安大队 plainclothes teams.
		for (int i = 1; i <= 8; i++) {
			count += duty("WB-XZ-P" + i, DutyUnitKind.PLAINCLOTHES, home(i), "WB-XZ-BY", Set.of());
		}
		for (int i = 1; i <= 2; i++) {
			count += duty("WB-ZA-P" + i, DutyUnitKind.PLAINCLOTHES, home(i * 3), "WB-ZA", Set.of());
		}
		return count;
	}

	private static String home(int i) {
		return STATIONS.get((i - 1) % STATIONS.size()).code();
	}

	private int duty(String callSign, DutyUnitKind kind, String station, String owner, Set<Capability> capabilities) {
		organization.createDutyUnit(new DutyUnitInput(callSign, kind, station, owner, capabilities), true);
		return 1;
	}

	/** A demo station: its code, name and police posts. */
	record Station(String code, String name, List<String> posts) {
	}
}
