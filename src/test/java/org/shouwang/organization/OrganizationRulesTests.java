package org.shouwang.organization;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.Page;
import org.shouwang.security.TestActors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisation's rules, through its public services: validation, uniqueness, deactivation, cycles. */
@ShouwangTest
@RecordApplicationEvents
class OrganizationRulesTests {

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
	OrganizationAdministration administration;

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	ApplicationEvents events;

	private OrgUnit station() {
		return administration.createUnit(new OrgUnitInput(TestData.code("TS"), "测试派出所", OrgUnitKind.STATION, "WB", 900));
	}

	private OrgUnit unit(String name, OrgUnitKind kind, String parent) {
		return administration.createUnit(new OrgUnitInput(TestData.code("TU"), name, kind, parent, 0));
	}

	private Officer officer(String unitCode) {
		return administration.createOfficer(
				new OfficerInput(TestData.badge(), "测试民警", PoliceRank.SERGEANT_2, OfficerRole.PATROL_OFFICER, unitCode, null));
	}

	@Test
	void createsAUnitAndPublishesAnEvent() {
		OrgUnit station = station();
		assertThat(directory.findUnit(station.code())).contains(station);
		assertThat(station.parentCode()).isEqualTo("WB");
		assertThat(station.active()).isTrue();
		assertThat(station.demo()).isFalse();
		assertThat(events.stream(OrgUnitCreated.class)).contains(new OrgUnitCreated(station.code(), OrgUnitKind.STATION, "WB"));
		assertThat(directory.activeStations()).extracting(OrgUnit::code).contains(station.code());
	}

	@Test
	void rejectsMissingAndMalformedFieldsWithTheirNames() {
		assertThatThrownBy(() -> administration.createUnit(new OrgUnitInput("bad code", " ", null, "WB", -1)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.contains("code", "name", "kind", "sortOrder"));
		assertThatThrownBy(() -> administration.createOfficer(new OfficerInput("12345", "", PoliceRank.SERGEANT_1,
				OfficerRole.PATROL_OFFICER, "WB01", "not a phone")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactlyInAnyOrder("badgeNumber", "name", "workPhone"));
		assertThatThrownBy(() -> administration.createDutyUnit(new DutyUnitInput("", null, "", null, Set.of())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.contains("callSign", "kind", "stationCode"));
	}

	@Test
	void checksTheParentKindAndExistence() {
		assertThatThrownBy(() -> unit("无上级", OrgUnitKind.STATION, null)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("parentCode"));
		assertThatThrownBy(() -> unit("找不到上级", OrgUnitKind.DEPARTMENT, "NO-SUCH-UNIT"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("parentCode"));
		// A 警务室 belongs under a station, not under the branch.
		assertThatThrownBy(() -> unit("错位警务室", OrgUnitKind.POLICE_POST, "WB")).isInstanceOf(InvalidInputException.class);
		OrgUnit station = station();
		OrgUnit post = unit("测试警务室", OrgUnitKind.POLICE_POST, station.code());
		assertThat(directory.isWithin(post.code(), station.code())).isTrue();
		assertThat(directory.isWithin(post.code(), "WB")).isTrue();
		assertThat(directory.isWithin(station.code(), post.code())).isFalse();
		assertThat(directory.isWithin(post.code(), "WB01")).isFalse();
		assertThat(directory.stationOf(post.code())).map(OrgUnit::code).contains(station.code());
		assertThat(directory.unitCodesWithin(station.code())).containsExactlyInAnyOrder(station.code(), post.code());
	}

	@Test
	void duplicateCodesBadgesAndCallSignsAreConflicts() {
		OrgUnit station = station();
		assertThatThrownBy(() -> administration.createUnit(new OrgUnitInput(station.code(), "重复", OrgUnitKind.STATION, "WB", 0)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining(station.code());
		Officer officer = officer(station.code());
		assertThatThrownBy(() -> administration.createOfficer(new OfficerInput(officer.badgeNumber(), "另一人",
				PoliceRank.SERGEANT_3, OfficerRole.PATROL_OFFICER, station.code(), null)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining(officer.badgeNumber());
		Officer other = officer(station.code());
		assertThatThrownBy(() -> administration.updateOfficer(other.id(), new OfficerInput(officer.badgeNumber(), "另一人",
				PoliceRank.SERGEANT_3, OfficerRole.PATROL_OFFICER, station.code(), null)))
			.isInstanceOf(ConflictException.class);
		DutyUnit car = administration.createDutyUnit(new DutyUnitInput(station.code() + "-C1", DutyUnitKind.PATROL_CAR,
				station.code(), null, Set.of(Capability.WATER_RESCUE)));
		assertThat(car.ownerCode()).isEqualTo(station.code());
		assertThat(car.capabilities()).containsExactly(Capability.WATER_RESCUE);
		assertThatThrownBy(() -> administration.createDutyUnit(new DutyUnitInput(car.callSign(), DutyUnitKind.FOOT_PATROL,
				station.code(), null, Set.of())))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aUnitInUseCannotBeDeactivated() {
		OrgUnit station = station();
		OrgUnit post = unit("测试警务室", OrgUnitKind.POLICE_POST, station.code());
		Officer officer = officer(station.code());
		DutyUnit car = administration.createDutyUnit(
				new DutyUnitInput(station.code() + "-C1", DutyUnitKind.PATROL_CAR, station.code(), null, Set.of()));

		assertThatThrownBy(() -> administration.deactivateUnit(station.code())).isInstanceOf(ConflictException.class);
		administration.deactivateUnit(post.code());
		assertThatThrownBy(() -> administration.deactivateUnit(station.code())).isInstanceOf(ConflictException.class);
		administration.deactivateOfficer(officer.id());
		assertThatThrownBy(() -> administration.deactivateUnit(station.code())).isInstanceOf(ConflictException.class);
		administration.deactivateDutyUnit(car.id());

		OrgUnit deactivated = administration.deactivateUnit(station.code());
		assertThat(deactivated.active()).isFalse();
		assertThat(events.stream(OrgUnitDeactivated.class)).contains(new OrgUnitDeactivated(station.code()));
		assertThat(events.stream(OfficerDeactivated.class))
			.contains(new OfficerDeactivated(officer.id(), officer.badgeNumber(), station.code()));
		assertThat(directory.activeStations()).extracting(OrgUnit::code).doesNotContain(station.code());

		// Nothing new may hang under a deactivated unit, and what hangs under it cannot come back first.
		assertThatThrownBy(() -> unit("新警务室", OrgUnitKind.POLICE_POST, station.code())).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> administration.reactivateUnit(post.code())).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> administration.reactivateOfficer(officer.id())).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> administration.reactivateDutyUnit(car.id())).isInstanceOf(ConflictException.class);

		administration.reactivateUnit(station.code());
		assertThat(administration.reactivateUnit(post.code()).active()).isTrue();
		assertThat(administration.reactivateOfficer(officer.id()).active()).isTrue();
		assertThat(administration.reactivateDutyUnit(car.id()).active()).isTrue();
	}

	@Test
	void reParentingCannotMakeACycle() {
		OrgUnit top = unit("测试大队", OrgUnitKind.DEPARTMENT, "WB");
		OrgUnit middle = unit("测试中队", OrgUnitKind.DEPARTMENT, top.code());
		OrgUnit bottom = unit("测试小组", OrgUnitKind.DEPARTMENT, middle.code());
		for (String newParent : new String[] { bottom.code(), top.code() }) {
			assertThatThrownBy(() -> administration.updateUnit(top.code(),
					new OrgUnitInput(null, top.name(), OrgUnitKind.DEPARTMENT, newParent, 0)))
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("parentCode"));
		}
		assertThat(directory.unit(top.code()).parentCode()).isEqualTo("WB");
		// Moving the bottom one up is fine.
		OrgUnit moved = administration.updateUnit(bottom.code(),
				new OrgUnitInput(bottom.code(), "改名小组", OrgUnitKind.DEPARTMENT, top.code(), 5));
		assertThat(moved.parentCode()).isEqualTo(top.code());
		assertThat(moved.name()).isEqualTo("改名小组");
		assertThat(moved.sortOrder()).isEqualTo(5);
		// The code is fixed.
		assertThatThrownBy(() -> administration.updateUnit(bottom.code(),
				new OrgUnitInput("OTHER-CODE", "改名小组", OrgUnitKind.DEPARTMENT, top.code(), 5)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void rolesAndRanksMustFitAndDutyUnitsLiveAtStations() {
		OrgUnit station = station();
		assertThatThrownBy(() -> administration.createOfficer(new OfficerInput(TestData.badge(), "辅警所长",
				PoliceRank.AUXILIARY, OfficerRole.STATION_CHIEF, station.code(), null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("role"));
		assertThatThrownBy(() -> administration.createOfficer(new OfficerInput(TestData.badge(), "民警辅警",
				PoliceRank.SERGEANT_1, OfficerRole.AUXILIARY, station.code(), null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("rank"));
		// An auxiliary may take calls in the command centre.
		Officer auxiliary = administration.createOfficer(new OfficerInput(TestData.badge(), "接警辅警", PoliceRank.AUXILIARY,
				OfficerRole.DISPATCHER, "WB-ZHZX", null));
		assertThat(auxiliary.unitName()).isEqualTo("情指中心");
		assertThatThrownBy(() -> administration.createDutyUnit(new DutyUnitInput(TestData.code("X"), DutyUnitKind.PATROL_CAR,
				"WB-XT", null, Set.of())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("stationCode"));
		DutyUnit owned = administration.createDutyUnit(new DutyUnitInput(TestData.code("X"), DutyUnitKind.SPECIAL_RESPONSE,
				station.code(), "WB-XT", Set.of(Capability.NEGOTIATION)));
		assertThat(owned.ownerCode()).isEqualTo("WB-XT");
		assertThat(directory.activeDutyUnitsOf(station.code())).extracting(DutyUnit::id).containsExactly(owned.id());
		// A station with duty units based there cannot turn into something else.
		assertThatThrownBy(() -> administration.updateUnit(station.code(),
				new OrgUnitInput(null, station.name(), OrgUnitKind.DEPARTMENT, "WB", 0)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void filtersOfficersByUnitSubtreeRoleAndText() {
		OrgUnit station = station();
		OrgUnit post = unit("测试警务室", OrgUnitKind.POLICE_POST, station.code());
		Officer atStation = officer(station.code());
		Officer atPost = administration.createOfficer(new OfficerInput(TestData.badge(), "警务室民警", PoliceRank.SERGEANT_3,
				OfficerRole.COMMUNITY_OFFICER, post.code(), "0373-2000000"));
		Page<Officer> all = directory.officers(new OfficerFilter(station.code(), null, null, null, null), 0, 20);
		assertThat(all.total()).isEqualTo(2);
		assertThat(all.items()).extracting(Officer::id).containsExactlyInAnyOrder(atStation.id(), atPost.id());
		assertThat(directory.officers(new OfficerFilter(station.code(), OfficerRole.COMMUNITY_OFFICER, null, null, null), 0, 20)
			.items()).extracting(Officer::id).containsExactly(atPost.id());
		assertThat(directory.officers(new OfficerFilter(null, null, null, null, atPost.badgeNumber()), 0, 20).items())
			.extracting(Officer::id).containsExactly(atPost.id());
		assertThat(directory.officers(new OfficerFilter(station.code(), null, null, null, "警务室"), 0, 20).items())
			.extracting(Officer::id).containsExactly(atPost.id());
		assertThat(directory.officers(new OfficerFilter(station.code(), null, null, null, "%"), 0, 20).total()).isZero();
		Page<Officer> second = directory.officers(new OfficerFilter(station.code(), null, null, null, null), 1, 1);
		assertThat(second.items()).hasSize(1);
		assertThat(second.hasNext()).isFalse();
		assertThat(second.hasPrevious()).isTrue();
		assertThatThrownBy(() -> directory.officers(OfficerFilter.all(), -1, 500)).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("page", "size"));
	}
}
