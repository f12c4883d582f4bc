package org.shouwang.workforce;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.indicators.IndicatorFact;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorSource;
import org.shouwang.security.Role;
import org.shouwang.security.SignIn;
import org.shouwang.security.SystemActor;
import org.shouwang.security.TestUsers;
import org.shouwang.security.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 队伍建设 end to end: the demo's figures, recording and resolving, scope, the API and the page. */
@ShouwangTest
class WorkforceTests {

	@LocalServerPort
	int port;

	@Autowired
	Workforce workforce;

	@Autowired
	List<IndicatorSource> sources;

	@Autowired
	Users users;

	IndicatorSource source() {
		return sources.stream().filter(s -> s.recordTypes().contains(Workforce.STUDY_SESSION)).findFirst().orElseThrow();
	}

	long value(String code, int year) {
		AtomicLong sum = new AtomicLong();
		source().forEachFact(code, IndicatorPeriod.year(year), f -> sum.addAndGet(f.weight()));
		return sum.get();
	}

	@Test
	void theDemoGivesTheSeedsFigures() {
		assertThat(value("STUDY_SESSIONS", 2025)).as("80余").isBetween(80L, 89L);
		assertThat(value("CULTURAL_EVENTS", 2025)).as("30余").isBetween(30L, 39L);
		assertThat(value("CULTURAL_PARTICIPANTS", 2025)).as("逾1500").isGreaterThan(1500L);
		assertThat(value("FAMILY_WELFARE_VISITS", 2025)).as("60余").isBetween(60L, 69L);
		assertThat(value("DIFFICULTIES_RESOLVED", 2025)).isEqualTo(23L);
		assertThat(source().records("DIFFICULTIES_RESOLVED", IndicatorPeriod.year(2025), null, 0, 5).total()).isEqualTo(23L);
		assertThat(source().records("STUDY_SESSIONS", IndicatorPeriod.year(2025), null, 0, 5).total())
			.isEqualTo(value("STUDY_SESSIONS", 2025));
		WorkforceInputs.YearSummary summary = SystemActor.call(SystemActor.SYSTEM, () -> workforce.summary(2025, null));
		assertThat(summary.studySessions()).isEqualTo(value("STUDY_SESSIONS", 2025));
		assertThat(summary.culturalParticipants()).isEqualTo(value("CULTURAL_PARTICIPANTS", 2025));
	}

	@Test
	void aDifficultyIsResolvedOnceAndCountsOnItsResolutionDate() {
		WelfareVisit visit = SystemActor.call(SystemActor.SYSTEM, () -> workforce.recordWelfareVisit(
				new WorkforceInputs.WelfareVisitInput("WB01", Kinds.VisitOccasion.ILLNESS, LocalDate.of(2026, 3, 2), "071001",
						"住院慰问"), false));
		Difficulty d = SystemActor.call(SystemActor.SYSTEM, () -> workforce.raiseDifficulty(new WorkforceInputs.DifficultyInput(
				"WB01", visit.id(), Kinds.DifficultyCategory.MEDICAL, "家属就医需协调床位", LocalDate.of(2026, 3, 2)), false));
		assertThat(source().factsOf(Workforce.DIFFICULTY, d.id())).isEmpty();
		assertThatThrownBy(() -> SystemActor.run(SystemActor.SYSTEM,
				() -> workforce.resolveDifficulty(d.id(), LocalDate.of(2026, 3, 1), "x"))).isInstanceOf(InvalidInputException.class);
		SystemActor.run(SystemActor.SYSTEM, () -> workforce.resolveDifficulty(d.id(), LocalDate.of(2026, 3, 9), "协调医院解决"));
		assertThat(source().factsOf(Workforce.DIFFICULTY, d.id())).singleElement().satisfies(f -> {
			assertThat(f.indicatorCode()).isEqualTo("DIFFICULTIES_RESOLVED");
			assertThat(f.date()).isEqualTo(LocalDate.of(2026, 3, 9));
			assertThat(f.stationCode()).isEqualTo("WB01");
		});
		assertThatThrownBy(() -> SystemActor.run(SystemActor.SYSTEM,
				() -> workforce.resolveDifficulty(d.id(), LocalDate.of(2026, 3, 10), "again")))
			.isInstanceOf(org.shouwang.platform.ConflictException.class);
		assertThat(source().factsOf(Workforce.WELFARE_VISIT, visit.id())).extracting(IndicatorFact::indicatorCode)
			.containsExactly("FAMILY_WELFARE_VISITS");
	}

	@Test
	void badInputIsRefusedWithFieldErrorsAndChangesNothing() {
		long before = SystemActor.call(SystemActor.SYSTEM, () -> workforce.studySessions(null, null, 0, 1).total());
		assertThatThrownBy(() -> SystemActor.run(SystemActor.SYSTEM, () -> workforce.recordStudySession(
				new WorkforceInputs.StudySessionInput("nowhere", null, " ", LocalDate.now().plusDays(3), 0), false)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.contains("unitCode", "kind", "topic", "heldOn", "attendance"));
		assertThatThrownBy(() -> SystemActor.run(SystemActor.SYSTEM, () -> workforce.recordWelfareVisit(
				new WorkforceInputs.WelfareVisitInput("WB01", Kinds.VisitOccasion.OTHER, LocalDate.of(2026, 1, 5), "张三", null),
				false))).isInstanceOf(InvalidInputException.class);
		assertThat(SystemActor.call(SystemActor.SYSTEM, () -> workforce.studySessions(null, null, 0, 1).total()))
			.isEqualTo(before);
	}

	@Test
	void aStationSeesAndRecordsOnlyItsOwn() throws Exception {
		String wb02 = TestUsers.create(users, "wf-wb02", "WB02", Role.ADMIN);
		String token = SignIn.token(port, wb02, TestUsers.PASSWORD);
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/workforce/welfare-visits?year=2025&size=200")).header("Authorization", "Bearer " + token).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("\"stationCode\":\"WB01\"").doesNotContain("\"stationCode\":null");
		HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/workforce/study-sessions")).header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"unitCode":"WB01","kind":"EXCHANGE","topic":"x","heldOn":"2026-01-05","attendance":3}""")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(foreign.body()).contains("unitCode");
		Difficulty wb01 = SystemActor.call(SystemActor.SYSTEM, () -> workforce.raiseDifficulty(new WorkforceInputs.DifficultyInput(
				"WB01", null, Kinds.DifficultyCategory.HOUSING, "租房困难", LocalDate.of(2026, 2, 1)), false));
		HttpResponse<String> hidden = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/workforce/difficulties/" + wb01.id() + "/resolve")).header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"resolvedOn\":\"2026-02-03\",\"resolution\":\"x\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(hidden.statusCode()).isEqualTo(404);
	}

	@Test
	void thePageShowsTheYearAndRecordsThroughItsForm() {
		SignIn.Browser admin = SignIn.browser(port, "admin");
		HttpResponse<String> page = admin.get("/workforce?tab=events&year=2025");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("队伍建设", "文体活动", "wf-participants");
		admin.refreshCsrf("/workforce?tab=study");
		String topic = "测试学习 " + UUID.randomUUID();
		HttpResponse<String> bad = admin.post("/workforce/study", java.util.Map.of("unitCode", "WB-ZGS", "kind",
				"EXCHANGE", "topic", topic, "heldOn", "2026-01-05", "attendance", "many"));
		assertThat(bad.statusCode()).isEqualTo(400);
		HttpResponse<String> ok = admin.post("/workforce/study", java.util.Map.of("unitCode", "WB-ZGS", "kind",
				"EXCHANGE", "topic", topic, "heldOn", "2026-01-05", "attendance", "12"));
		assertThat(ok.statusCode()).isEqualTo(302);
		assertThat(admin.get("/workforce?tab=study&year=2026").body()).contains(topic);
	}
}
