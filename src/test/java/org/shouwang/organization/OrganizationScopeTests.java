package org.shouwang.organization;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.security.Role;
import org.shouwang.security.SignIn;
import org.shouwang.security.TestActors;
import org.shouwang.security.TestUsers;
import org.shouwang.security.Users;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Officers and duty units belong to a station: a station-scoped user ({@code nanqiao}, scope WB01) lists only
 * WB01's and gets 404 for another station's; a station administrator cannot put staff or duty units into another
 * station; units stay branch-wide.
 */
@ShouwangTest
class OrganizationScopeTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	JsonMapper json;

	@Autowired
	Users users;

	@Autowired
	OrganizationAdministration administration;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String token, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1" + path))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1" + path))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private List<String> fields(HttpResponse<String> problem) {
		List<String> fields = new ArrayList<>();
		json.readTree(problem.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	private Officer officerOf(String station) {
		return TestActors.branch(() -> directory.officers(new OfficerFilter(station, null, null, true, null), 0, 1)).items().get(0);
	}

	private DutyUnit dutyUnitOf(String station) {
		return TestActors.branch(() -> directory.dutyUnits(new DutyUnitFilter(station, null, true), 0, 1)).items().get(0);
	}

	@Test
	void aStationUserListsOnlyItsStationsOfficersAndDutyUnits() throws Exception {
		String nanqiao = SignIn.token(port, "nanqiao");
		long wb01Officers = TestActors.as("WB01", () -> directory.officers(OfficerFilter.all(), 0, 1)).total();
		long allOfficers = TestActors.branch(() -> directory.officers(OfficerFilter.all(), 0, 1)).total();
		assertThat(wb01Officers).isPositive().isLessThan(allOfficers);

		JsonNode officers = json.readTree(get(nanqiao, "/officers?size=200").body());
		assertThat(officers.get("total").asLong()).isEqualTo(wb01Officers);
		assertThat(officers.get("items")).isNotEmpty();
		for (JsonNode officer : officers.get("items")) {
			assertThat(directory.stationOf(officer.get("unitCode").asString()).orElseThrow().code()).isEqualTo("WB01");
		}
		assertThat(json.readTree(get(nanqiao, "/officers?unitCode=WB02").body()).get("total").asLong())
			.as("another station's officers, asked for by name").isZero();

		JsonNode dutyUnits = json.readTree(get(nanqiao, "/duty-units?size=200").body());
		assertThat(dutyUnits.get("items")).isNotEmpty();
		for (JsonNode unit : dutyUnits.get("items")) {
			assertThat(unit.get("stationCode").asString()).isEqualTo("WB01");
		}
		assertThat(json.readTree(get(nanqiao, "/duty-units?stationCode=WB02").body()).get("total").asLong()).isZero();

		String admin = SignIn.token(port, "admin");
		assertThat(json.readTree(get(admin, "/officers?size=1").body()).get("total").asLong()).isEqualTo(allOfficers);
		assertThat(json.readTree(get(admin, "/duty-units?stationCode=WB02").body()).get("total").asLong()).isPositive();
	}

	@Test
	void anotherStationsOfficerOrDutyUnitIsNotFound() throws Exception {
		String nanqiao = SignIn.token(port, "nanqiao");
		Officer own = officerOf("WB01");
		Officer other = officerOf("WB02");
		DutyUnit ownUnit = dutyUnitOf("WB01");
		DutyUnit otherUnit = dutyUnitOf("WB02");

		assertThat(get(nanqiao, "/officers/" + own.id()).statusCode()).isEqualTo(200);
		assertThat(get(nanqiao, "/duty-units/" + ownUnit.id()).statusCode()).isEqualTo(200);

		for (String path : List.of("/officers/" + other.id(), "/duty-units/" + otherUnit.id())) {
			HttpResponse<String> response = get(nanqiao, path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path)
				.doesNotContain(other.name())
				.doesNotContain(other.badgeNumber())
				.doesNotContain(otherUnit.callSign())
				.doesNotContain("WB02");
		}
		SignIn.Browser page = SignIn.browser(port, "nanqiao");
		assertThat(page.get("/admin/officers?q=" + own.badgeNumber()).body()).contains(own.badgeNumber());
		assertThat(page.get("/admin/officers?q=" + other.badgeNumber()).body()).contains("没有符合条件的人员")
			.doesNotContain(other.badgeNumber() + "<");
		assertThat(page.get("/admin/duty-units?stationCode=WB02").body()).doesNotContain(otherUnit.callSign());

		assertThatThrownBy(() -> TestActors.as("WB01", () -> directory.officer(other.id()))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> TestActors.as("WB01-J1", () -> directory.dutyUnit(otherUnit.id())))
			.isInstanceOf(NotFoundException.class);
		assertThat(TestActors.as("WB-ZHZX", () -> directory.officer(other.id())).id()).as("branch-wide unit").isEqualTo(other.id());
	}

	@Test
	void theServicesApplyTheCallersScopeWithoutAWebRequest() {
		Officer other = officerOf("WB02");
		DutyUnit otherUnit = dutyUnitOf("WB02");
		long branchOfficers = TestActors.branch(() -> directory.officers(OfficerFilter.all(), 0, 1)).total();

		Page<Officer> officers = TestActors.as("WB01", () -> directory.officers(OfficerFilter.all(), 0, Page.MAX_SIZE));
		assertThat(officers.total()).isPositive().isLessThan(branchOfficers);
		assertThat(officers.items()).isNotEmpty().allSatisfy(o -> assertThat(
				TestActors.branch(() -> directory.stationOf(o.unitCode())).orElseThrow().code()).isEqualTo("WB01"));
		assertThat(TestActors.as("WB01", () -> directory.dutyUnits(DutyUnitFilter.all(), 0, Page.MAX_SIZE)).items())
			.isNotEmpty().allSatisfy(d -> assertThat(d.stationCode()).isEqualTo("WB01"));
		assertThat(TestActors.as("WB01", () -> directory.findOfficer(other.id()))).isEmpty();
		assertThat(TestActors.as("WB01", () -> directory.findOfficerByBadge(other.badgeNumber()))).isEmpty();

		// changes: another station's records are not found, and nothing is put into another station
		assertThatThrownBy(() -> TestActors.as("WB01", () -> administration.deactivateOfficer(other.id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> TestActors.as("WB01", () -> administration.deactivateDutyUnit(otherUnit.id())))
			.isInstanceOf(NotFoundException.class);
		String badge = TestData.badge();
		assertThatThrownBy(() -> TestActors.as("WB01", () -> administration.createOfficer(new OfficerInput(badge, "范围民警",
				PoliceRank.SERGEANT_2, OfficerRole.PATROL_OFFICER, "WB02", null))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("unitCode"));
		assertThat(TestActors.branch(() -> directory.findOfficerByBadge(badge))).isEmpty();
		assertThat(TestActors.branch(() -> directory.officer(other.id())).active()).isTrue();

		// nobody signed in: the reads refuse rather than answer for the whole branch
		assertThatThrownBy(() -> directory.officers(OfficerFilter.all(), 0, 1)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void unitsStayBranchWide() throws Exception {
		String nanqiao = SignIn.token(port, "nanqiao");
		assertThat(get(nanqiao, "/org-units/WB02").statusCode()).isEqualTo(200);
		assertThat(json.readTree(get(nanqiao, "/org-units").body()).size()).isEqualTo(directory.allUnits().size());
	}

	@Test
	void aStationAdministratorCannotPutStaffOrDutyUnitsIntoAnotherStation() throws Exception {
		String wb02Admin = SignIn.token(port, TestUsers.create(users, "org-wb02", "WB02", Role.ADMIN), TestUsers.PASSWORD);
		String badge = TestData.badge();
		String officer = "{\"badgeNumber\":\"" + badge + "\",\"name\":\"范围民警\",\"rank\":\"SERGEANT_2\",\"role\":\"PATROL_OFFICER\",\"unitCode\":\"%s\"}";

		HttpResponse<String> elsewhere = send(wb02Admin, "POST", "/officers", officer.formatted("WB01-J1"));
		assertThat(elsewhere.statusCode()).isEqualTo(400);
		assertThat(fields(elsewhere)).containsExactly("unitCode");
		assertThat(TestActors.branch(() -> directory.findOfficerByBadge(badge))).as("nothing created").isEmpty();

		HttpResponse<String> own = send(wb02Admin, "POST", "/officers", officer.formatted("WB02"));
		assertThat(own.statusCode()).isEqualTo(201);
		long id = json.readTree(own.body()).get("id").asLong();
		HttpResponse<String> moved = send(wb02Admin, "PUT", "/officers/" + id, officer.formatted("WB01"));
		assertThat(moved.statusCode()).isEqualTo(400);
		assertThat(fields(moved)).containsExactly("unitCode");
		assertThat(TestActors.branch(() -> directory.officer(id)).unitCode()).as("not moved").isEqualTo("WB02");

		String callSign = TestData.code("WB02-S");
		String dutyUnit = "{\"callSign\":\"" + callSign + "\",\"kind\":\"FOOT_PATROL\",\"stationCode\":\"%s\"}";
		HttpResponse<String> homedElsewhere = send(wb02Admin, "POST", "/duty-units", dutyUnit.formatted("WB01"));
		assertThat(homedElsewhere.statusCode()).isEqualTo(400);
		assertThat(fields(homedElsewhere)).containsExactly("stationCode");
		assertThat(directory.findDutyUnitByCallSign(callSign)).isEmpty();
		assertThat(send(wb02Admin, "POST", "/duty-units", dutyUnit.formatted("WB02")).statusCode()).isEqualTo(201);
		assertThat(send(wb02Admin, "POST", "/officers/" + id + "/deactivate", "").statusCode()).isEqualTo(200);
	}
}
