package org.shouwang.geography;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.shouwang.ShouwangTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The geography API as API.md fixes it: grids as GeoJSON, geocode, and the other read endpoints. */
@ShouwangTest
class GeographyApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Grids grids;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@Test
	void gridsAreAFeatureCollectionOfPolygonsWithCodeNameAndStation() throws Exception {
		HttpResponse<String> response = api.get("/api/v1/grids");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
		JsonNode body = api.json(response);
		assertThat(body.get("type").stringValue()).isEqualTo("FeatureCollection");
		JsonNode features = body.get("features");
		assertThat(features.size()).isEqualTo(162);
		List<String> codes = new ArrayList<>();
		for (JsonNode feature : features) {
			assertThat(feature.get("type").stringValue()).isEqualTo("Feature");
			JsonNode geometry = feature.get("geometry");
			assertThat(geometry.get("type").stringValue()).isEqualTo("Polygon");
			JsonNode ring = geometry.get("coordinates").get(0);
			assertThat(ring.size()).isGreaterThanOrEqualTo(4);
			assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
			double lng = ring.get(0).get(0).doubleValue();
			double lat = ring.get(0).get(1).doubleValue();
			assertThat(lng).isBetween(113.78, 113.92);
			assertThat(lat).isBetween(35.26, 35.34);
			JsonNode props = feature.get("properties");
			assertThat(props.get("code").stringValue()).matches("WB0[1-7]-\\d{3}");
			assertThat(props.get("name").stringValue()).endsWith("网格");
			assertThat(props.get("stationCode").stringValue()).isEqualTo(props.get("code").stringValue().substring(0, 4));
			assertThat(props.get("stationName").stringValue()).endsWith("派出所");
			assertThat(props.get("gridType").stringValue()).isIn("URBAN", "SUBURBAN");
			codes.add(props.get("code").stringValue());
		}
		assertThat(codes).doesNotHaveDuplicates().contains("WB01-001", "WB07-022");
	}

	@Test
	void gridsOfOneStationAndOneGridByCode() throws Exception {
		assertThat(api.json(api.get("/api/v1/grids?stationCode=WB01")).get("features").size()).isEqualTo(26);
		JsonNode grid = api.json(api.get("/api/v1/grids/WB02-003"));
		assertThat(grid.get("type").stringValue()).isEqualTo("Feature");
		assertThat(grid.at("/properties/stationName").stringValue()).isEqualTo("胜利路派出所");
		HttpResponse<String> missing = api.get("/api/v1/grids/XX99-999");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
	}

	@Test
	void geocodePlacesAPointInTheRightGridAndStation() throws Exception {
		Point inside = grids.find("WB05-007").orElseThrow().geometry().getInteriorPoint();
		HttpResponse<String> response = api.get("/api/v1/geocode?lat=" + inside.getY() + "&lng=" + inside.getX());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = api.json(response);
		assertThat(body.get("gridCode").stringValue()).isEqualTo("WB05-007");
		assertThat(body.get("stationCode").stringValue()).isEqualTo("WB05");
	}

	@Test
	void geocodeOutsideTheDistrictReturnsNulls() throws Exception {
		HttpResponse<String> response = api.get("/api/v1/geocode?lat=35.20&lng=113.70");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = api.json(response);
		assertThat(body.has("gridCode")).isTrue();
		assertThat(body.get("gridCode").isNull()).isTrue();
		assertThat(body.has("stationCode")).isTrue();
		assertThat(body.get("stationCode").isNull()).isTrue();
	}

	@Test
	void geocodeRejectsMissingOutOfRangeAndMalformedCoordinates() throws Exception {
		assertProblem(api.get("/api/v1/geocode"), "lat", "lng");
		assertProblem(api.get("/api/v1/geocode?lat=35.3"), "lng");
		assertProblem(api.get("/api/v1/geocode?lat=91&lng=113.85"), "lat");
		assertProblem(api.get("/api/v1/geocode?lat=35.3&lng=-180.5"), "lng");
		assertProblem(api.get("/api/v1/geocode?lat=35.3&lng=abc"), "lng");
		assertProblem(api.get("/api/v1/geocode?lat=NaN&lng=113.85"), "lat");
	}

	@Test
	void jurisdictionsDistrictAndPlaces() throws Exception {
		JsonNode jurisdictions = api.json(api.get("/api/v1/jurisdictions"));
		assertThat(jurisdictions.get("features").size()).isEqualTo(7);
		int grids = 0;
		for (JsonNode f : jurisdictions.get("features")) {
			grids += f.at("/properties/gridCount").intValue();
		}
		assertThat(grids).isEqualTo(162);
		assertThat(api.json(api.get("/api/v1/district")).at("/properties/name").stringValue()).isEqualTo("卫滨区");

		JsonNode hospitals = api.json(api.get("/api/v1/places?kind=HOSPITAL"));
		assertThat(hospitals.get("features").size()).isEqualTo(8);
		for (JsonNode f : hospitals.get("features")) {
			assertThat(f.at("/geometry/type").stringValue()).isEqualTo("Point");
			assertThat(f.at("/properties/kind").stringValue()).isEqualTo("HOSPITAL");
			assertThat(f.at("/properties/gridCode").stringValue()).isNotBlank();
		}
		assertThat(api.json(api.get("/api/v1/places")).get("features").size()).isGreaterThan(140);
		assertProblem(api.get("/api/v1/places?kind=CASTLE"), "kind");
	}

	private void assertProblem(HttpResponse<String> response, String... fields) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		JsonNode body = api.json(response);
		assertThat(body.get("status").intValue()).isEqualTo(400);
		List<String> named = new ArrayList<>();
		body.get("errors").forEach(e -> named.add(e.get("field").stringValue()));
		assertThat(named).containsExactlyInAnyOrder(fields);
	}
}
