package org.shouwang.command;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.DutyUnitKind;
import org.shouwang.organization.OrganizationAdministration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.command.CommandClient.json;

/** Back-entry, reclassification and possible duplicates (merge, dismiss), each audited and on the timeline. */
@ShouwangTest
class IncidentChangeTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationAdministration organization;

	CommandClient api;

	double lat;

	double lng;

	@BeforeEach
	void setUp() {
		api = new CommandClient(port);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		lat = -40 + random.nextDouble(30);
		lng = -70 + random.nextDouble(40);
	}

	ObjectNode here(String category, String subtype, double north, Instant reportedAt) {
		ObjectNode body = CommandClient.incident(category, subtype);
		((ObjectNode) body.get("location")).put("lat", lat + north / 111_195.0).put("lng", lng);
		body.put("reportedAt", reportedAt.atOffset(ZoneOffset.ofHours(8)).toString());
		return body;
	}

	List<String> audit(String id) {
		return jdbc.sql("SELECT action || ' ' || coalesce(changes, '') FROM audit_entry WHERE object_type = 'Incident' AND object_id = ?"
				+ " AND action <> 'READ_UNMASKED' ORDER BY seq")
			.param(id)
			.query(String.class)
			.list();
	}

	// ---- back-entry

	@Test
	void aBackEntryKeepsItsOriginalTimeAndIsFlaggedAndAudited() throws Exception {
		ObjectNode body = CommandClient.incident("HELP", "SUDDEN_ILLNESS");
		body.put("reportedAt", "2025-11-03T02:40:00+08:00");
		body.put("backEntry", true);
		JsonNode incident = api.create(body);
		assertThat(incident.get("backEntry").asBoolean()).isTrue();
		assertThat(incident.get("reportedAt").asString()).isEqualTo("2025-11-03T02:40:00+08:00");
		assertThat(incident.get("number").asString()).startsWith("JQ20251103");
		JsonNode received = incident.get("timeline").get(0);
		assertThat(received.get("at").asString()).isEqualTo("2025-11-03T02:40:00+08:00");
		assertThat(OffsetDateTime.parse(received.get("recordedAt").asString())).isAfter(OffsetDateTime.now().minusMinutes(5));
		assertThat(audit(incident.get("id").asString())).singleElement()
			.satisfies(entry -> assertThat(entry).startsWith("BACK_ENTRY").contains("\"backEntry\":{\"from\":null,\"to\":true}"));
		JsonNode listed = json(api.get("/api/v1/incidents?from=2025-11-03&to=2025-11-03&size=200"));
		assertThat(listed.get("items").valueStream().filter(i -> i.get("id").equals(incident.get("id"))))
			.singleElement()
			.satisfies(i -> assertThat(i.get("backEntry").asBoolean()).isTrue());
	}

	@Test
	void aBackEntryNeedsItsOriginalTime() throws Exception {
		ObjectNode body = CommandClient.incident("HELP", "SUDDEN_ILLNESS");
		body.remove("reportedAt");
		body.put("backEntry", true);
		HttpResponse<String> response = api.intake(UUID.randomUUID().toString(), body.toString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("reportedAt");
	}

	// ---- reclassification

	@Test
	void reclassificationChangesTheCategoryWithAReasonAndIsAudited() throws Exception {
		JsonNode incident = api.create(CommandClient.incident("CRIMINAL", "THEFT"));
		String id = incident.get("id").asString();
		HttpResponse<String> response = api.post("/api/v1/incidents/" + id + "/reclassify",
				"{\"category\": \"CRIMINAL\", \"subtype\": \"ROBBERY\", \"reason\": \"回访确认系持刀抢劫\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode changed = json(response);
		assertThat(changed.get("category").asString()).isEqualTo("CRIMINAL");
		assertThat(changed.get("subtype").asString()).isEqualTo("ROBBERY");
		assertThat(changed.get("priority").asInt()).isEqualTo(incident.get("priority").asInt());
		JsonNode history = changed.get("reclassifications").get(0);
		assertThat(history.get("fromSubtype").asString()).isEqualTo("THEFT");
		assertThat(history.get("toSubtype").asString()).isEqualTo("ROBBERY");
		assertThat(history.get("reason").asString()).isEqualTo("回访确认系持刀抢劫");
		assertThat(history.get("actor").asString()).isEqualTo("dispatcher");
		assertThat(changed.get("timeline").valueStream().map(e -> e.get("event").asString())).containsExactly("RECEIVED", "RECLASSIFIED");

		HttpResponse<String> other = api.post("/api/v1/incidents/" + id + "/reclassify",
				"{\"category\": \"PUBLIC_ORDER\", \"subtype\": \"FIGHT\", \"reason\": \"实为互殴\", \"priority\": 1}");
		assertThat(json(other).get("category").asString()).isEqualTo("PUBLIC_ORDER");
		assertThat(json(other).get("priority").asInt()).isEqualTo(1);
		assertThat(json(api.get("/api/v1/incidents/" + id)).get("reclassifications")).hasSize(2);

		List<String> entries = audit(id);
		assertThat(entries).hasSize(3);
		assertThat(entries.get(1)).startsWith("RECLASSIFY").contains("ROBBERY").contains("回访确认系持刀抢劫");
		assertThat(entries.get(2)).startsWith("RECLASSIFY").contains("PUBLIC_ORDER").contains("\"priority\"");
	}

	@Test
	void badReclassificationsAreRefusedAndChangeNothing() throws Exception {
		JsonNode incident = api.create(CommandClient.incident("DISPUTE", "LABOUR"));
		String path = "/api/v1/incidents/" + incident.get("id").asString() + "/reclassify";
		assertThat(api.post(path, "{\"category\": \"DISPUTE\", \"subtype\": \"FAMILY\"}").statusCode()).isEqualTo(400);
		assertThat(api.post(path, "{\"category\": \"DISPUTE\", \"subtype\": \"FAMILY\", \"reason\": \"  \"}").statusCode()).isEqualTo(400);
		assertThat(api.post(path, "{\"category\": \"DISPUTE\", \"subtype\": \"THEFT\", \"reason\": \"r\"}").statusCode()).isEqualTo(400);
		assertThat(api.post(path, "{\"category\": \"WEATHER\", \"subtype\": \"RAIN\", \"reason\": \"r\"}").statusCode()).isEqualTo(400);
		assertThat(api.post(path, "{\"category\": \"DISPUTE\", \"subtype\": \"FAMILY\", \"reason\": \"r\", \"priority\": 9}").statusCode())
			.isEqualTo(400);
		assertThat(api.post(path, "{\"category\": \"DISPUTE\", \"subtype\": \"LABOUR\", \"reason\": \"same\"}").statusCode()).isEqualTo(409);
		assertThat(api.post("/api/v1/incidents/" + UUID.randomUUID() + "/reclassify",
				"{\"category\": \"DISPUTE\", \"subtype\": \"FAMILY\", \"reason\": \"r\"}").statusCode()).isEqualTo(404);
		JsonNode unchanged = json(api.get("/api/v1/incidents/" + incident.get("id").asString()));
		assertThat(unchanged.get("subtype").asString()).isEqualTo("LABOUR");
		assertThat(unchanged.get("reclassifications")).isEmpty();
		assertThat(audit(incident.get("id").asString())).hasSize(1);
	}

	// ---- duplicates

	@Test
	void sameCategoryNearbyWithinTenMinutesIsAPossibleDuplicate() throws Exception {
		Instant t = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		JsonNode first = api.create(here("PUBLIC_ORDER", "FIGHT", 0, t));
		JsonNode near = api.create(here("PUBLIC_ORDER", "PROVOCATION", 250, t.plus(8, ChronoUnit.MINUTES)));
		JsonNode far = api.create(here("PUBLIC_ORDER", "FIGHT", -400, t.plus(2, ChronoUnit.MINUTES)));
		JsonNode late = api.create(here("PUBLIC_ORDER", "FIGHT", 50, t.plus(11, ChronoUnit.MINUTES)));
		JsonNode otherCategory = api.create(here("TRAFFIC", "ACCIDENT", 0, t.plus(1, ChronoUnit.MINUTES)));

		assertThat(first.get("possibleDuplicateOf").isNull()).isTrue();
		assertThat(near.get("possibleDuplicateOf").asString()).isEqualTo(first.get("id").asString());
		assertThat(far.get("possibleDuplicateOf").isNull()).isTrue();
		// 11 minutes after the first, but 3 after the second (which is 250 m off): the nearer in time.
		assertThat(late.get("possibleDuplicateOf").asString()).isEqualTo(near.get("id").asString());
		assertThat(otherCategory.get("possibleDuplicateOf").isNull()).isTrue();
	}

	@Test
	void theSameCallerWithinThirtyMinutesIsAPossibleDuplicate() throws Exception {
		Instant t = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		String phone = "186" + String.format(Locale.ROOT, "%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		ObjectNode a = here("HELP", "LOST_PROPERTY", 0, t);
		a.put("callerPhone", phone);
		JsonNode first = api.create(a);
		ObjectNode b = here("DISPUTE", "CONSUMER", 5000, t.plus(25, ChronoUnit.MINUTES));
		b.put("callerPhone", "+86 " + phone.substring(0, 3) + "-" + phone.substring(3));
		JsonNode again = api.create(b);
		ObjectNode c = here("OTHER", "CONSULTATION", 9000, t.plus(70, ChronoUnit.MINUTES));
		c.put("callerPhone", phone);
		JsonNode muchLater = api.create(c);

		assertThat(again.get("possibleDuplicateOf").asString()).isEqualTo(first.get("id").asString());
		assertThat(muchLater.get("possibleDuplicateOf").isNull()).isTrue();
	}

	@Test
	void aDuplicateIsMergedIntoTheOriginalAndBothStayLinked() throws Exception {
		Instant t = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		JsonNode original = api.create(here("FIRE", "BUILDING_FIRE", 0, t));
		JsonNode duplicate = api.create(here("FIRE", "BUILDING_FIRE", 100, t.plus(3, ChronoUnit.MINUTES)));
		String path = "/api/v1/incidents/" + duplicate.get("id").asString() + "/merge";
		assertThat(api.post(path, "{}").statusCode()).isEqualTo(400);
		assertThat(api.post(path, "{\"into\": \"" + duplicate.get("id").asString() + "\"}").statusCode()).isEqualTo(400);
		assertThat(api.post(path, "{\"into\": \"" + UUID.randomUUID() + "\"}").statusCode()).isEqualTo(400);
		assertThat(api.post("/api/v1/incidents/" + UUID.randomUUID() + "/merge",
				"{\"into\": \"" + original.get("id").asString() + "\"}").statusCode()).isEqualTo(404);

		HttpResponse<String> merged = api.post(path, "{\"into\": \"" + original.get("id").asString() + "\"}");
		assertThat(merged.statusCode()).isEqualTo(200);
		assertThat(json(merged).get("status").asString()).isEqualTo("MERGED");
		assertThat(json(merged).get("mergedInto").asString()).isEqualTo(original.get("id").asString());
		assertThat(json(merged).get("timeline").valueStream().map(e -> e.get("event").asString())).containsExactly("RECEIVED", "MERGED");
		assertThat(json(api.get("/api/v1/incidents/" + original.get("id").asString())).get("status").asString()).isEqualTo("NEW");
		assertThat(api.post(path, "{\"into\": \"" + original.get("id").asString() + "\"}").statusCode()).isEqualTo(409);
		assertThat(api.post("/api/v1/incidents/" + duplicate.get("id").asString() + "/dispatch", "{\"unitId\": 1}").statusCode())
			.isIn(404, 409);
		assertThat(audit(duplicate.get("id").asString())).last().satisfies(e -> assertThat(e).startsWith("UPDATE").contains("MERGED"));
	}

	@Test
	void onlyAnIncidentWithoutUnitsCanBeMerged() throws Exception {
		Instant t = Instant.now().minus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		JsonNode original = api.create(here("TRAFFIC", "ACCIDENT", 0, t));
		JsonNode duplicate = api.create(here("TRAFFIC", "ACCIDENT", 50, t.plus(1, ChronoUnit.MINUTES)));
		TestUnits units = new TestUnits(organization);
		try {
			DutyUnit car = units.create(DutyUnitKind.PATROL_CAR, "WB02");
			assertThat(api.post("/api/v1/incidents/" + duplicate.get("id").asString() + "/dispatch", "{\"unitId\": " + car.id() + "}")
				.statusCode()).isEqualTo(200);
			assertThat(api.post("/api/v1/incidents/" + duplicate.get("id").asString() + "/merge",
					"{\"into\": \"" + original.get("id").asString() + "\"}").statusCode()).isEqualTo(409);
		}
		finally {
			units.standDown();
		}
	}

	@Test
	void aPossibleDuplicateCanBeDismissed() throws Exception {
		Instant t = Instant.now().minus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		api.create(here("CRIMINAL", "THEFT", 0, t));
		JsonNode second = api.create(here("CRIMINAL", "THEFT", 20, t.plus(2, ChronoUnit.MINUTES)));
		assertThat(second.get("possibleDuplicateOf").isNull()).isFalse();
		String path = "/api/v1/incidents/" + second.get("id").asString() + "/dismiss-duplicate";
		HttpResponse<String> dismissed = api.post(path, null);
		assertThat(dismissed.statusCode()).isEqualTo(200);
		assertThat(json(dismissed).get("possibleDuplicateOf").isNull()).isTrue();
		assertThat(json(dismissed).get("status").asString()).isEqualTo("NEW");
		assertThat(api.post(path, null).statusCode()).isEqualTo(409);
		assertThat(audit(second.get("id").asString())).last().satisfies(e -> assertThat(e).startsWith("UPDATE").contains("duplicateDismissed"));
	}

	@Test
	void thresholdsAndStandardsAreConfigurable() {
		CommandProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of("shouwang.command.zone", "Asia/Shanghai")))
			.bind("shouwang.command", CommandProperties.class)
			.get();
		assertThat(defaults.duplicates().window()).isEqualTo(Duration.ofMinutes(10));
		assertThat(defaults.duplicates().radiusMeters()).isEqualTo(300);
		assertThat(defaults.duplicates().phoneWindow()).isEqualTo(Duration.ofMinutes(30));
		assertThat(defaults.arrivalStandard(org.shouwang.geography.GridType.URBAN)).isEqualTo(Duration.ofMinutes(5));
		assertThat(defaults.arrivalStandard(org.shouwang.geography.GridType.SUBURBAN)).isEqualTo(Duration.ofMinutes(10));

		CommandProperties custom = new Binder(new MapConfigurationPropertySource(Map.of(
				"shouwang.command.duplicates.window", "15m", "shouwang.command.duplicates.radius-meters", "500",
				"shouwang.command.duplicates.phone-window", "1h", "shouwang.command.arrival-standard.urban", "4m")))
			.bind("shouwang.command", CommandProperties.class)
			.get();
		assertThat(custom.duplicates().window()).isEqualTo(Duration.ofMinutes(15));
		assertThat(custom.duplicates().radiusMeters()).isEqualTo(500);
		assertThat(custom.duplicates().phoneWindow()).isEqualTo(Duration.ofHours(1));
		assertThat(custom.arrivalStandard(org.shouwang.geography.GridType.URBAN)).isEqualTo(Duration.ofMinutes(4));
		assertThat(custom.arrivalStandard(org.shouwang.geography.GridType.SUBURBAN)).isEqualTo(Duration.ofMinutes(10));
	}
}
