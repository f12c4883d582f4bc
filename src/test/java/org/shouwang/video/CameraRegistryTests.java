package org.shouwang.video;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shouwang.ShouwangTest;
import org.shouwang.geography.Grids;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The camera registry API: validation, conflicts, geocoding, status changes, filters, audit and near search. */
@ShouwangTest
@ExtendWith(AsSystem.class)
class CameraRegistryTests {

	@LocalServerPort
	int port;

	@Autowired
	Grids grids;

	@Autowired
	JdbcClient jdbc;

	/** The administrator: camera:write. */
	VideoHttp api;

	/** The branch-wide dispatcher: camera:read only. */
	VideoHttp reader;

	@BeforeEach
	void client() {
		api = VideoHttp.as(port, VideoHttp.WRITER);
		reader = VideoHttp.as(port, VideoHttp.READER);
	}

	private String body(String code, String name, String source, double lat, double lng, Integer direction) {
		return """
				{"code": "%s", "name": "%s", "source": "%s", "lat": %s, "lng": %s, "direction": %s, "owner": "测试单位"}
				""".formatted(code, name, source, lat, lng, direction);
	}

	@Test
	void registersACameraWithItsGridAndStationAndAuditsIt() throws Exception {
		org.locationtech.jts.geom.Point p = grids.find("WB03-005").orElseThrow().geometry().getInteriorPoint();
		String code = VideoHttp.code("T-CAM");
		HttpResponse<String> created = api.postJson("/api/v1/cameras", body(code, "健康路测试点", "XUELIANG", p.getY(), p.getX(), 90));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode camera = api.json(created);
		assertThat(camera.get("gridCode").asString()).isEqualTo("WB03-005");
		assertThat(camera.get("stationCode").asString()).isEqualTo("WB03");
		assertThat(camera.get("status").asString()).isEqualTo("ONLINE");
		assertThat(camera.get("demo").asBoolean()).isFalse();

		HttpResponse<String> read = reader.get("/api/v1/cameras/" + code);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(reader.json(read).get("name").asString()).isEqualTo("健康路测试点");

		long audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'Camera' AND object_id = ? AND action = 'CREATE' AND actor = ?")
			.params(code, VideoHttp.WRITER)
			.query(Long.class)
			.single();
		assertThat(audited).isEqualTo(1);
	}

	@Test
	void aReaderMayListButNotRegisterOrChangeCameras() throws Exception {
		String code = VideoHttp.code("T-CAM");
		HttpResponse<String> refused = reader.postJson("/api/v1/cameras", body(code, "只读测试", "SOCIAL", 35.3, 113.85, null));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(reader.get("/api/v1/cameras/" + code).statusCode()).isEqualTo(404);
		assertThat(api.postJson("/api/v1/cameras", body(code, "只读测试", "SOCIAL", 35.3, 113.85, null)).statusCode()).isEqualTo(201);
		assertThat(reader.postJson("/api/v1/cameras/" + code + "/status", "{\"status\": \"OFFLINE\"}").statusCode()).isEqualTo(403);
		assertThat(reader.json(reader.get("/api/v1/cameras/" + code)).get("status").asString()).isEqualTo("ONLINE");
		assertThat(VideoHttp.unsigned(port).get("/api/v1/cameras/" + code).statusCode()).isEqualTo(401);
	}

	@Test
	void reportsEveryInvalidFieldAndChangesNothing() throws Exception {
		String code = "bad code!";
		HttpResponse<String> response = api.postJson("/api/v1/cameras",
				"{\"code\": \"bad code!\", \"name\": \" \", \"lat\": 95, \"lng\": 113.85, \"direction\": 360}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
		List<String> fields = StreamSupport.stream(api.json(response).get("errors").spliterator(), false)
			.map(e -> e.get("field").asString())
			.toList();
		assertThat(fields).containsExactlyInAnyOrder("code", "name", "source", "lat", "direction");
		assertThat(api.get("/api/v1/cameras/" + code.replace(" ", "%20").replace("!", "%21")).statusCode()).isEqualTo(404);
	}

	@Test
	void rejectsUnknownEnumValuesAndDuplicateCodes() throws Exception {
		String code = VideoHttp.code("T-CAM");
		HttpResponse<String> badSource = api.postJson("/api/v1/cameras", body(code, "x", "SATELLITE", 35.3, 113.85, null));
		assertThat(badSource.statusCode()).isEqualTo(400);
		assertThat(api.postJson("/api/v1/cameras", body(code, "x", "SOCIAL", 35.3, 113.85, null)).statusCode()).isEqualTo(201);
		assertThat(api.postJson("/api/v1/cameras", body(code, "y", "SOCIAL", 35.3, 113.85, null)).statusCode()).isEqualTo(409);
	}

	@Test
	void updatesReGeocodeAndStatusChangesKeepTheirTime() throws Exception {
		org.locationtech.jts.geom.Point a = grids.find("WB01-003").orElseThrow().geometry().getInteriorPoint();
		org.locationtech.jts.geom.Point b = grids.find("WB06-004").orElseThrow().geometry().getInteriorPoint();
		String code = VideoHttp.code("T-CAM");
		api.postJson("/api/v1/cameras", body(code, "移动测试", "PUBLIC_SECURITY", a.getY(), a.getX(), 10));
		HttpResponse<String> moved = api.putJson("/api/v1/cameras/" + code, body("ignored", "移动测试", "PUBLIC_SECURITY", b.getY(), b.getX(), 20));
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		assertThat(api.json(moved).get("gridCode").asString()).isEqualTo("WB06-004");
		assertThat(api.json(moved).get("code").asString()).isEqualTo(code);

		String before = api.json(moved).get("statusChangedAt").asString();
		HttpResponse<String> offline = api.postJson("/api/v1/cameras/" + code + "/status", "{\"status\": \"OFFLINE\"}");
		assertThat(offline.statusCode()).isEqualTo(200);
		assertThat(api.json(offline).get("status").asString()).isEqualTo("OFFLINE");
		assertThat(api.json(offline).get("statusChangedAt").asString()).isNotEqualTo(before);
		assertThat(api.postJson("/api/v1/cameras/" + code + "/status", "{\"status\": \"BROKEN\"}").statusCode()).isEqualTo(400);
		assertThat(api.postJson("/api/v1/cameras/NO-SUCH-CAMERA/status", "{\"status\": \"ONLINE\"}").statusCode()).isEqualTo(404);

		HttpResponse<String> filtered = api.get("/api/v1/cameras?stationCode=WB06&status=OFFLINE&q=" + code);
		JsonNode page = api.json(filtered);
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.get("items").get(0).get("code").asString()).isEqualTo(code);
		assertThat(api.get("/api/v1/cameras?size=500").statusCode()).isEqualTo(400);
	}

	@Test
	void listsTheDemoNetworkInPages() throws Exception {
		JsonNode page = reader.json(reader.get("/api/v1/cameras?source=XUELIANG&page=1&size=10"));
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("size").asInt()).isEqualTo(10);
		assertThat(page.get("items")).hasSize(10);
		assertThat(page.get("total").asLong()).isGreaterThan(100);
		page.get("items").forEach(c -> assertThat(c.get("source").asString()).isEqualTo("XUELIANG"));
	}

	@Test
	void nearSearchListsCamerasWithinTheRadiusNearestFirst() throws Exception {
		// A spot far outside the district, so that only this test's cameras are there.
		double lat = 36.5;
		double lng = 115.5;
		String near = VideoHttp.code("T-NEAR");
		String middle = VideoHttp.code("T-MID");
		String far = VideoHttp.code("T-FAR");
		String beyond = VideoHttp.code("T-OUT");
		double metre = 1 / 111_320.0;
		api.postJson("/api/v1/cameras", body(far, "far", "SOCIAL", lat + 900 * metre, lng, null));
		api.postJson("/api/v1/cameras", body(near, "near", "SOCIAL", lat + 50 * metre, lng, null));
		api.postJson("/api/v1/cameras", body(beyond, "beyond", "SOCIAL", lat + 2500 * metre, lng, null));
		api.postJson("/api/v1/cameras", body(middle, "middle", "SOCIAL", lat - 300 * metre, lng, null));

		JsonNode found = api.json(api.get("/api/v1/cameras/near?lat=" + lat + "&lng=" + lng + "&radius=1000"));
		List<String> codes = StreamSupport.stream(found.spliterator(), false).map(n -> n.get("code").asString()).toList();
		assertThat(codes).containsExactly(near, middle, far);
		assertThat(found.get(0).get("distanceMeters").asLong()).isBetween(48L, 52L);
		assertThat(found.get(0).get("gridCode").isNull()).isTrue();

		JsonNode all = api.json(api.get("/api/v1/cameras/near?lat=" + lat + "&lng=" + lng + "&radius=2000"));
		assertThat(all).hasSize(3);
		assertThat(api.get("/api/v1/cameras/near?lat=" + lat + "&lng=" + lng + "&radius=2001").statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/cameras/near?lat=91&lng=" + lng).statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/cameras/near?lng=" + lng).statusCode()).isEqualTo(400);
	}
}
