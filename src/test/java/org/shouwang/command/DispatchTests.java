package org.shouwang.command;

import org.shouwang.security.SystemActor;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.organization.Capability;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.DutyUnitKind;
import org.shouwang.organization.OrganizationAdministration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.command.CommandClient.json;

/**
 * Units, recommendations, dispatch and progress through the API. Each test works in its own area far from
 * the others' (outside the district), with its own duty units.
 */
@ShouwangTest
@RecordApplicationEvents
class DispatchTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationAdministration organization;

	@Autowired
	Dispatch dispatch;

	@Autowired
	Incidents incidents;

	CommandClient api;

	TestUnits testUnits;

	/** Centre of this test's own area. */
	double lat;

	double lng;

	@BeforeEach
	void setUp() {
		api = new CommandClient(port);
		testUnits = new TestUnits(organization);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		lat = 20 + random.nextDouble(30);
		lng = 80 + random.nextDouble(40);
	}

	@AfterEach
	void standDown() {
		testUnits.standDown();
	}

	// ---- helpers

	DutyUnit unit(DutyUnitKind kind, Capability... capabilities) {
		return testUnits.create(kind, "WB01", capabilities);
	}

	/** A unit {@code north} metres north of the area's centre. */
	DutyUnit unitAt(double north, DutyUnitKind kind, Capability... capabilities) throws Exception {
		DutyUnit unit = unit(kind, capabilities);
		move(unit.id(), north, OffsetDateTime.now(ZoneOffset.ofHours(8)).minusSeconds(30));
		return unit;
	}

	HttpResponse<String> move(long id, double north, OffsetDateTime at) throws Exception {
		return api.put("/api/v1/units/" + id + "/position",
				"{\"lat\": " + (lat + north / 111_195.0) + ", \"lng\": " + lng + ", \"at\": \"" + at + "\"}");
	}

	JsonNode incidentHere(String category, String subtype, Instant reportedAt) throws Exception {
		ObjectNode body = CommandClient.incident(category, subtype);
		((ObjectNode) body.get("location")).put("lat", lat).put("lng", lng);
		body.put("reportedAt", reportedAt.atOffset(ZoneOffset.ofHours(8)).toString());
		return api.create(body);
	}

	JsonNode incidentHere(String category, String subtype) throws Exception {
		return incidentHere(category, subtype, Instant.now().minus(1, ChronoUnit.MINUTES));
	}

	HttpResponse<String> send(JsonNode incident, long unitId) throws Exception {
		return api.post("/api/v1/incidents/" + incident.get("id").asString() + "/dispatch", "{\"unitId\": \"" + unitId + "\"}");
	}

	HttpResponse<String> progress(JsonNode incident, String body) throws Exception {
		return api.post("/api/v1/incidents/" + incident.get("id").asString() + "/progress", body);
	}

	JsonNode unitJson(long id) throws Exception {
		HttpResponse<String> response = api.get("/api/v1/units/" + id);
		assertThat(response.statusCode()).isEqualTo(200);
		return json(response);
	}

	static String at(Instant instant) {
		return instant.atOffset(ZoneOffset.ofHours(8)).toString();
	}

	// ---- units

	@Test
	void unitsShowStatusAndPositionAndIgnoreOlderPositions() throws Exception {
		DutyUnit unit = unit(DutyUnitKind.PATROL_CAR);
		JsonNode fresh = unitJson(unit.id());
		assertThat(fresh.get("status").asString()).isEqualTo("AVAILABLE");
		assertThat(fresh.get("position").isNull()).isTrue();

		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
		HttpResponse<String> put = move(unit.id(), 0, now.minusMinutes(1));
		assertThat(put.statusCode()).isEqualTo(204);
		assertThat(put.body()).isEmpty();
		assertThat(move(unit.id(), 500, now.minusMinutes(2)).statusCode()).isEqualTo(204); // older: ignored

		HttpResponse<String> list = api.get("/api/v1/units?status=AVAILABLE");
		assertThat(list.statusCode()).isEqualTo(200);
		JsonNode mine = json(list).valueStream().filter(u -> u.get("id").asLong() == unit.id()).findFirst().orElseThrow();
		assertThat(mine.get("callSign").asString()).isEqualTo(unit.callSign());
		assertThat(mine.get("kind").asString()).isEqualTo("PATROL_CAR");
		assertThat(mine.get("stationCode").asString()).isEqualTo("WB01");
		assertThat(mine.get("position").get("lat").asDouble()).isEqualTo(lat);
		assertThat(mine.get("position").get("lng").asDouble()).isEqualTo(lng);
		assertThat(OffsetDateTime.parse(mine.get("position").get("at").asString())).isEqualTo(now.minusMinutes(1));
		assertThat(json(api.get("/api/v1/units?status=DISPATCHED")).valueStream().map(u -> u.get("id").asLong()))
			.doesNotContain(unit.id());
	}

	@Test
	void badPositionsAndUnknownUnitsAreRefused() throws Exception {
		DutyUnit unit = unit(DutyUnitKind.FOOT_PATROL);
		String path = "/api/v1/units/" + unit.id() + "/position";
		assertThat(api.put(path, "{\"lat\": 91, \"lng\": 113.8}").statusCode()).isEqualTo(400);
		assertThat(api.put(path, "{\"lat\": 35.3, \"lng\": 181}").statusCode()).isEqualTo(400);
		assertThat(api.put(path, "{\"lng\": 113.8}").statusCode()).isEqualTo(400);
		assertThat(api.put(path, "{\"lat\": \"north\", \"lng\": 113.8}").statusCode()).isEqualTo(400);
		assertThat(api.put(path, "{\"lat\": 35.3, \"lng\": 113.8, \"at\": \"2099-01-01T00:00:00+08:00\"}").statusCode()).isEqualTo(400);
		assertThat(api.put(path, "{\"lat\": 35.3,").statusCode()).isEqualTo(400);
		assertThat(unitJson(unit.id()).get("position").isNull()).isTrue();
		assertThat(api.put("/api/v1/units/987654321/position", "{\"lat\": 35.3, \"lng\": 113.8}").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/units?status=BUSY").statusCode()).isEqualTo(400);
	}

	@Test
	void outOfServiceAndBack() throws Exception {
		DutyUnit unit = unitAt(100, DutyUnitKind.PATROL_CAR);
		JsonNode incident = incidentHere("OTHER", "OTHER");
		assertThat(api.put("/api/v1/units/" + unit.id() + "/status", "{\"status\": \"OUT_OF_SERVICE\"}").statusCode()).isEqualTo(200);
		assertThat(unitJson(unit.id()).get("status").asString()).isEqualTo("OUT_OF_SERVICE");
		assertThat(recommendedIds(incident, 5)).doesNotContain(unit.id());
		assertThat(send(incident, unit.id()).statusCode()).isEqualTo(409);
		assertThat(api.put("/api/v1/units/" + unit.id() + "/status", "{\"status\": \"ON_SCENE\"}").statusCode()).isEqualTo(400);
		assertThat(api.put("/api/v1/units/" + unit.id() + "/status", "{\"status\": \"AVAILABLE\"}").statusCode()).isEqualTo(200);
		assertThat(recommendedIds(incident, 1)).containsExactly(unit.id());
		assertThat(send(incident, unit.id()).statusCode()).isEqualTo(200);
		assertThat(api.put("/api/v1/units/" + unit.id() + "/status", "{\"status\": \"OUT_OF_SERVICE\"}").statusCode()).isEqualTo(409);
	}

	// ---- recommendations

	List<Long> recommendedIds(JsonNode incident, int limit) throws Exception {
		HttpResponse<String> response = api.get("/api/v1/incidents/" + incident.get("id").asString() + "/recommendations?limit=" + limit);
		assertThat(response.statusCode()).isEqualTo(200);
		return json(response).valueStream().map(r -> r.get("unitId").asLong()).toList();
	}

	@Test
	void recommendationsRankAvailableUnitsByTravelTime() throws Exception {
		DutyUnit car500 = unitAt(500, DutyUnitKind.PATROL_CAR);
		DutyUnit foot200 = unitAt(-200, DutyUnitKind.FOOT_PATROL);
		DutyUnit car1000 = unitAt(1000, DutyUnitKind.PATROL_CAR);
		DutyUnit car3000 = unitAt(3000, DutyUnitKind.PATROL_CAR);
		DutyUnit car4000 = unitAt(-4000, DutyUnitKind.PATROL_CAR);
		DutyUnit busy = unitAt(50, DutyUnitKind.PATROL_CAR);
		JsonNode elsewhere = incidentHere("OTHER", "OTHER");
		assertThat(send(elsewhere, busy.id()).statusCode()).isEqualTo(200);
		JsonNode incident = incidentHere("CRIMINAL", "THEFT");

		HttpResponse<String> response = api.get("/api/v1/incidents/" + incident.get("id").asString() + "/recommendations?limit=3");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode ranked = json(response);
		assertThat(ranked.valueStream().map(r -> r.get("unitId").asLong())).containsExactly(car500.id(), car1000.id(), foot200.id());
		JsonNode first = ranked.get(0);
		assertThat(first.get("callSign").asString()).isEqualTo(car500.callSign());
		assertThat(first.get("distanceMeters").asLong()).isBetween(495L, 505L);
		// 500 m × 1.3 detour at 30 km/h.
		assertThat(first.get("etaSeconds").asLong()).isBetween(76L, 80L);
		assertThat(ranked.get(2).get("etaSeconds").asLong()).isGreaterThan(ranked.get(1).get("etaSeconds").asLong());

		assertThat(recommendedIds(incident, 2)).containsExactly(car500.id(), car1000.id());
		assertThat(recommendedIds(incident, 5)).containsExactly(car500.id(), car1000.id(), foot200.id(), car3000.id(),
				car4000.id());
		assertThat(json(api.get("/api/v1/incidents/" + incident.get("id").asString() + "/recommendations"))).hasSize(5); // the default
		assertThat(api.get("/api/v1/incidents/" + incident.get("id").asString() + "/recommendations?limit=0").statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/incidents/" + UUID.randomUUID() + "/recommendations").statusCode()).isEqualTo(404);
	}

	@Test
	void recommendationsNeedTheSubtypesCapability() throws Exception {
		unitAt(100, DutyUnitKind.PATROL_CAR, Capability.TRAFFIC);
		DutyUnit boat = unitAt(2000, DutyUnitKind.PATROL_CAR, Capability.WATER_RESCUE);
		JsonNode drowning = incidentHere("HELP", "DROWNING");
		List<Long> ids = recommendedIds(drowning, 5);
		assertThat(ids.get(0)).isEqualTo(boat.id());
		for (Long id : ids) {
			assertThat(unitJson(id).get("capabilities").valueStream().map(JsonNode::asString)).contains("WATER_RESCUE");
		}
	}

	// ---- dispatch and progress

	@Test
	void anIncidentGoesFromIntakeToCleared() throws Exception {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		DutyUnit car = unitAt(300, DutyUnitKind.PATROL_CAR);
		JsonNode incident = incidentHere("HELP", "MISSING_ELDERLY", now.minus(20, ChronoUnit.MINUTES));
		String id = incident.get("id").asString();

		HttpResponse<String> sent = api.post("/api/v1/incidents/" + id + "/dispatch",
				"{\"unitId\": \"" + car.id() + "\", \"at\": \"" + at(now.minus(18, ChronoUnit.MINUTES)) + "\"}");
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
		JsonNode dispatched = json(sent);
		assertThat(dispatched.get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(dispatched.get("assignments").get(0).get("unitId").asLong()).isEqualTo(car.id());
		assertThat(dispatched.get("assignments").get(0).get("callSign").asString()).isEqualTo(car.callSign());
		assertThat(unitJson(car.id()).get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(unitJson(car.id()).get("incidentId").asString()).isEqualTo(id);
		assertThat(recommendedIds(incident, 5)).doesNotContain(car.id());

		assertThat(progress(incident, "{\"status\": \"EN_ROUTE\", \"at\": \"" + at(now.minus(17, ChronoUnit.MINUTES)) + "\"}").statusCode())
			.isEqualTo(200);
		assertThat(unitJson(car.id()).get("status").asString()).isEqualTo("EN_ROUTE");
		HttpResponse<String> arrived = progress(incident,
				"{\"status\": \"ON_SCENE\", \"at\": \"" + at(now.minus(12, ChronoUnit.MINUTES)) + "\", \"note\": \"到达现场\"}");
		assertThat(arrived.statusCode()).isEqualTo(200);
		assertThat(json(arrived).get("status").asString()).isEqualTo("ON_SCENE");
		// Outside the district the suburban standard (10 min) holds: 8 minutes is within it.
		assertThat(json(arrived).get("arrivalWithinStandard").asBoolean()).isTrue();
		assertThat(unitJson(car.id()).get("status").asString()).isEqualTo("ON_SCENE");

		HttpResponse<String> cleared = progress(incident, "{\"status\": \"CLEARED\", \"at\": \"" + at(now.minus(2, ChronoUnit.MINUTES))
				+ "\", \"note\": \"老人已送回家中\", \"disposition\": \"PERSON_FOUND\"}");
		assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
		JsonNode done = json(cleared);
		assertThat(done.get("status").asString()).isEqualTo("CLEARED");
		assertThat(done.get("disposition").asString()).isEqualTo("PERSON_FOUND");
		assertThat(done.get("dispositionNote").asString()).isEqualTo("老人已送回家中");
		assertThat(done.get("intervals").get("receivedToDispatchedSeconds").asLong()).isEqualTo(120);
		assertThat(done.get("intervals").get("dispatchedToOnSceneSeconds").asLong()).isEqualTo(360);
		assertThat(done.get("intervals").get("onSceneSeconds").asLong()).isEqualTo(600);
		assertThat(done.get("intervals").get("receivedToOnSceneSeconds").asLong()).isEqualTo(480);
		assertThat(done.get("assignments").get(0).get("status").asString()).isEqualTo("CLEARED");
		assertThat(done.get("timeline").valueStream().map(e -> e.get("event").asString()))
			.containsExactly("RECEIVED", "DISPATCHED", "EN_ROUTE", "ON_SCENE", "CLEARED");
		assertThat(done.get("timeline").valueStream().map(e -> e.get("status").asString()))
			.containsExactly("NEW", "DISPATCHED", "EN_ROUTE", "ON_SCENE", "CLEARED");
		assertThat(done.get("timeline").valueStream()).allSatisfy(e -> assertThat(e.get("actor").asString()).isEqualTo("dispatcher"));
		assertThat(done.get("timeline").get(1).get("unitId").asLong()).isEqualTo(car.id());

		JsonNode free = unitJson(car.id());
		assertThat(free.get("status").asString()).isEqualTo("AVAILABLE");
		assertThat(free.get("incidentId").isNull()).isTrue();
		assertThat(recommendedIds(incident, 1)).containsExactly(car.id());
	}

	@Test
	void lateArrivalMissesTheStandard() throws Exception {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		DutyUnit car = unitAt(300, DutyUnitKind.PATROL_CAR);
		JsonNode incident = incidentHere("DISPUTE", "FAMILY", now.minus(30, ChronoUnit.MINUTES));
		assertThat(send(incident, car.id()).statusCode()).isEqualTo(200);
		JsonNode arrived = json(progress(incident, "{\"status\": \"ON_SCENE\"}"));
		assertThat(arrived.get("arrivalWithinStandard").asBoolean()).isFalse();
		assertThat(arrived.get("arrivalStandardSeconds").asInt()).isEqualTo(600);
	}

	@Test
	void illegalTransitionsAre409AndBadProgressIs400() throws Exception {
		DutyUnit car = unitAt(300, DutyUnitKind.PATROL_CAR);
		JsonNode incident = incidentHere("CRIMINAL", "BURGLARY");
		assertThat(progress(incident, "{\"status\": \"EN_ROUTE\"}").statusCode()).isEqualTo(409);
		assertThat(progress(incident, "{\"status\": \"ON_SCENE\"}").statusCode()).isEqualTo(409);
		assertThat(progress(incident, "{\"status\": \"CLEARED\"}").statusCode()).isEqualTo(409);
		assertThat(progress(incident, "{\"status\": \"DISPATCHED\"}").statusCode()).isEqualTo(400);
		assertThat(progress(incident, "{\"status\": \"LOST\"}").statusCode()).isEqualTo(400);
		assertThat(progress(incident, "{\"note\": \"x\"}").statusCode()).isEqualTo(400);
		assertThat(progress(incident, "{\"status\": ").statusCode()).isEqualTo(400);

		assertThat(send(incident, car.id()).statusCode()).isEqualTo(200);
		assertThat(progress(incident, "{\"status\": \"CLEARED\"}").statusCode()).isEqualTo(409);
		assertThat(progress(incident, "{\"status\": \"EN_ROUTE\", \"disposition\": \"CASE_OPENED\"}").statusCode()).isEqualTo(400);
		assertThat(progress(incident, "{\"status\": \"ON_SCENE\", \"at\": \"2001-01-01T00:00:00+08:00\"}").statusCode()).isEqualTo(400);
		assertThat(progress(incident, "{\"status\": \"ON_SCENE\", \"at\": \"2099-01-01T00:00:00+08:00\"}").statusCode()).isEqualTo(400);
		assertThat(progress(incident, "{\"status\": \"ON_SCENE\"}").statusCode()).isEqualTo(200);
		assertThat(progress(incident, "{\"status\": \"EN_ROUTE\"}").statusCode()).isEqualTo(409);
		assertThat(progress(incident, "{\"status\": \"ON_SCENE\"}").statusCode()).isEqualTo(409);
		assertThat(progress(incident, "{\"status\": \"CLEARED\", \"disposition\": \"PERSON_FOUND\"}").statusCode()).isEqualTo(400);
		assertThat(progress(incident, "{\"status\": \"CLEARED\", \"disposition\": \"SUSPECT_DETAINED\"}").statusCode()).isEqualTo(200);

		HttpResponse<String> again = progress(incident, "{\"status\": \"CLEARED\"}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(send(incident, car.id()).statusCode()).isEqualTo(409);
		assertThat(progress(incident, "{\"status\": \"EN_ROUTE\"}").statusCode()).isEqualTo(409);
	}

	@Test
	void dispatchErrors() throws Exception {
		DutyUnit car = unitAt(300, DutyUnitKind.PATROL_CAR);
		JsonNode incident = incidentHere("TRAFFIC", "CONGESTION");
		assertThat(send(incident, 987654321L).statusCode()).isEqualTo(404);
		assertThat(api.post("/api/v1/incidents/" + UUID.randomUUID() + "/dispatch", "{\"unitId\": " + car.id() + "}").statusCode())
			.isEqualTo(404);
		assertThat(api.post("/api/v1/incidents/" + incident.get("id").asString() + "/dispatch", "{}").statusCode()).isEqualTo(400);
		assertThat(api.post("/api/v1/incidents/" + incident.get("id").asString() + "/dispatch", "{\"unitId\": \"car\"}").statusCode())
			.isEqualTo(400);
		assertThat(send(incident, car.id()).statusCode()).isEqualTo(200);
		HttpResponse<String> twice = send(incident, car.id());
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(json(twice).get("status").asInt()).isEqualTo(409);
	}

	@Test
	void twoDispatchersCannotBothTakeOneUnit() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				DutyUnit car = unitAt(300, DutyUnitKind.PATROL_CAR);
				JsonNode a = incidentHere("PUBLIC_ORDER", "FIGHT");
				JsonNode b = incidentHere("PUBLIC_ORDER", "PROVOCATION");
				CountDownLatch start = new CountDownLatch(1);
				List<Future<HttpResponse<String>>> results = new ArrayList<>();
				for (JsonNode incident : List.of(a, b)) {
					results.add(pool.submit(() -> {
						start.await();
						return send(incident, car.id());
					}));
				}
				start.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<HttpResponse<String>> result : results) {
					statuses.add(result.get().statusCode());
				}
				assertThat(statuses).containsExactlyInAnyOrder(200, 409);
				long assigned = List.of(a, b).stream().filter(i -> {
					try {
						return json(api.get("/api/v1/incidents/" + i.get("id").asString())).get("assignments").size() == 1;
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}).count();
				assertThat(assigned).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void clearingPublishesTheEventsForTheCaseModule(ApplicationEvents events) throws Exception {
		DutyUnit car = unitAt(300, DutyUnitKind.PATROL_CAR);
		JsonNode created = incidentHere("CRIMINAL", "ROBBERY");
		UUID id = UUID.fromString(created.get("id").asString());
		SystemActor.run(SystemActor.SYSTEM, () -> {
			dispatch.dispatch(id, new DispatchRequest(car.id(), null, null));
			dispatch.progress(id, new ProgressRequest(ProgressStatus.ON_SCENE, null, null, null));
			dispatch.progress(id, new ProgressRequest(ProgressStatus.CLEARED, null, "立案侦查", Disposition.CASE_OPENED));
		});

		assertThat(events.stream(IncidentCleared.class).filter(e -> e.incidentId().equals(id)))
			.singleElement()
			.satisfies(e -> assertThat(e.disposition()).isEqualTo(Disposition.CASE_OPENED));
		assertThat(events.stream(CriminalCaseOpened.class).filter(e -> e.incidentId().equals(id)))
			.singleElement()
			.satisfies(e -> assertThat(e.number()).isEqualTo(created.get("number").asString()));
	}
}
