package org.shouwang.organization;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.platform.Page;
import org.shouwang.security.TestActors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo district's organisation: exactly the seven stations, the named units, realistic staffing. */
@ShouwangTest
class OrganizationDemoTests {

	/** The directory's reads apply the caller's data scope: these tests read as the branch-wide system actor. */
	@BeforeEach
	void signInBranchWide() {
		TestActors.enterBranch();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Autowired
	OrganizationDirectory directory;

	private List<OrgUnit> demoUnits() {
		return directory.allUnits().stream().filter(OrgUnit::demo).toList();
	}

	@Test
	void hasTheBranchAndExactlySevenStations() {
		OrgUnit branch = directory.unit("WB");
		assertThat(branch.name()).isEqualTo("市公安局卫滨分局");
		assertThat(branch.kind()).isEqualTo(OrgUnitKind.BRANCH);
		Map<String, String> stations = demoUnits().stream()
			.filter(u -> u.kind() == OrgUnitKind.STATION)
			.collect(Collectors.toMap(OrgUnit::code, OrgUnit::name));
		assertThat(stations).containsExactlyInAnyOrderEntriesOf(Map.of("WB01", "南桥派出所", "WB02", "胜利路派出所", "WB03",
				"健康路派出所", "WB04", "中同街派出所", "WB05", "自由路派出所", "WB06", "铁西派出所", "WB07", "平原镇派出所"));
		stations.keySet().forEach(code -> assertThat(directory.unit(code).parentCode()).isEqualTo("WB"));
	}

	@Test
	void hasTheCommandCentreDepartmentsAndPosts() {
		assertThat(directory.unit("WB-ZHZX").kind()).isEqualTo(OrgUnitKind.COMMAND_CENTER);
		Map<String, String> departments = Map.of("WB-XZ", "刑侦大队", "WB-ZA", "治安大队", "WB-WA", "网安大队", "WB-FZ", "反诈中心",
				"WB-XT", "巡特警大队");
		departments.forEach((code, name) -> {
			assertThat(directory.unit(code).name()).isEqualTo(name);
			assertThat(directory.unit(code).kind()).isEqualTo(OrgUnitKind.DEPARTMENT);
		});
		assertThat(directory.unit("WB-JZ").name()).contains("技侦");
		List<String> names = demoUnits().stream().map(OrgUnit::name).toList();
		assertThat(names).contains("法制室", "政工室", "警务保障室", "督察室");
		for (OrgUnit station : directory.activeStations().stream().filter(OrgUnit::demo).toList()) {
			long posts = demoUnits().stream()
				.filter(u -> u.kind() == OrgUnitKind.POLICE_POST && station.code().equals(u.parentCode()))
				.count();
			assertThat(posts).as(station.name()).isBetween(2L, 4L);
		}
	}

	@Test
	void staffsTheStationsAndUnitsRealistically() {
		Page<Officer> all = directory.officers(OfficerFilter.all(), 0, 1);
		assertThat(all.total()).isBetween(380L, 470L);
		Officer han = directory.officers(new OfficerFilter("WB01", OfficerRole.COMMUNITY_OFFICER, null, null, "韩金涛"), 0, 5)
			.items()
			.get(0);
		assertThat(han.name()).isEqualTo("韩金涛");
		assertThat(han.unitCode()).isEqualTo("WB01");
		assertThat(han.demo()).isTrue();
		assertThat(han.badgeNumber()).matches("[0-9]{6}");
		for (int i = 1; i <= 7; i++) {
			String code = "WB0" + i;
			assertThat(count(code, OfficerRole.STATION_CHIEF)).as(code + " chief").isEqualTo(1);
			assertThat(count(code, OfficerRole.COMMUNITY_OFFICER)).as(code + " community officers").isBetween(8L, 14L);
			assertThat(count(code, OfficerRole.PATROL_OFFICER)).as(code + " patrol").isPositive();
			assertThat(count(code, OfficerRole.AUXILIARY)).as(code + " auxiliaries").isPositive();
		}
		assertThat(count("WB-ZHZX", OfficerRole.DISPATCHER)).isGreaterThanOrEqualTo(12);
		for (String code : List.of("WB-XZ", "WB-JZ", "WB-WA")) {
			assertThat(count(code, OfficerRole.INVESTIGATOR)).as(code).isPositive();
		}
		// Auxiliaries never hold sworn-only roles.
		directory.officers(new OfficerFilter(null, null, PoliceRank.AUXILIARY, null, null), 0, 200)
			.items()
			.forEach(o -> assertThat(o.role().swornOnly()).as(o.name()).isFalse());
	}

	@Test
	void hasAboutNinetyDutyUnitsBasedAtStations() {
		List<DutyUnit> units = directory.activeDutyUnits();
		assertThat(units).hasSizeBetween(80, 100);
		assertThat(units).allSatisfy(u -> {
			assertThat(u.stationCode()).matches("WB0[1-7]");
			assertThat(u.demo()).isTrue();
		});
		for (int i = 1; i <= 7; i++) {
			List<DutyUnit> atStation = directory.activeDutyUnitsOf("WB0" + i);
			assertThat(atStation).extracting(DutyUnit::kind).contains(DutyUnitKind.PATROL_CAR, DutyUnitKind.FOOT_PATROL);
		}
		assertThat(units).filteredOn(u -> u.kind() == DutyUnitKind.PLAINCLOTHES)
			.extracting(DutyUnit::ownerCode)
			.contains("WB-XZ-BY");
		assertThat(units).filteredOn(u -> u.capabilities().contains(Capability.WATER_RESCUE)).hasSizeBetween(2, 5);
		assertThat(units).filteredOn(u -> u.capabilities().contains(Capability.MEDICAL_FIRST_AID)).isNotEmpty();
		assertThat(units).filteredOn(u -> u.ownerCode().equals("WB-XT")).isNotEmpty()
			.allSatisfy(u -> assertThat(u.capabilities()).isNotEmpty());
	}

	private long count(String unitCode, OfficerRole role) {
		return directory.officers(new OfficerFilter(unitCode, role, null, true, null), 0, 1).total();
	}
}
