package org.shouwang.security;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.platform.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataScopeTests {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theBranchAndItsBranchWideUnitsSeeEverything() {
		for (String code : List.of("WB", "WB-ZHZX", "WB-XZ", "WB-ZA")) {
			DataScope scope = DataScope.of(code);
			assertThat(scope.branchWide()).isTrue();
			assertThat(scope.stationCodes()).isEmpty();
			assertThat(scope.permits("WB01")).isTrue();
			assertThat(scope.permits(null)).as("records without a station").isTrue();
			assertThat(scope.sqlCondition("i.station_code")).isEqualTo("TRUE");
		}
	}

	@Test
	void aStationSeesItsOwnRecordsOnly() {
		DataScope scope = DataScope.of("WB01");
		assertThat(scope.branchWide()).isFalse();
		assertThat(scope.stationCodes()).containsExactly("WB01");
		assertThat(scope.permits("WB01")).isTrue();
		assertThat(scope.permits("WB02")).isFalse();
		assertThat(scope.permits(null)).isFalse();
		assertThat(scope.sqlCondition("i.station_code")).isEqualTo("i.station_code IN (:scopeStationCodes)");
		assertThat(scope.sqlParameters()).containsEntry("scopeStationCodes", List.of("WB01"));
		assertThatThrownBy(() -> scope.require("WB02", "Incident")).isInstanceOf(NotFoundException.class);
		assertThat(DataScope.of("WB01-03").stationCodes()).as("a sub-unit of the station").containsExactly("WB01");
		assertThat(scope.covers("WB01-03")).isTrue();
		assertThat(scope.covers("WB")).isFalse();
		assertThat(scope.covers("WB02")).isFalse();
		assertThat(DataScope.branch().covers("WB02")).isTrue();
	}

	@Test
	void unitCodesAreCheckedByForm() {
		assertThat(DataScope.isValidUnitCode("WB")).isTrue();
		assertThat(DataScope.isValidUnitCode("WB07")).isTrue();
		assertThat(DataScope.isValidUnitCode("WB-ZHZX")).isTrue();
		for (String bad : new String[] { null, "", "wb", "WB1", "XX01", "WB-", "WB01 ", "WB;DROP" }) {
			assertThat(DataScope.isValidUnitCode(bad)).as(String.valueOf(bad)).isFalse();
		}
	}

	@Test
	void theCurrentScopeIsTheSignedInUsersAndNobodyElseHasOne() {
		assertThatThrownBy(DataScope::current).isInstanceOf(AccessDeniedException.class);
		SignedInUser user = new SignedInUser("nq", "x", Set.of(Role.OFFICER), "WB01", null, SignedInUser.PendingStep.NONE);
		SecurityContextHolder.getContext().setAuthentication(SignInSteps.authentication(user));
		assertThat(DataScope.current()).isEqualTo(DataScope.of("WB01"));
	}
}
