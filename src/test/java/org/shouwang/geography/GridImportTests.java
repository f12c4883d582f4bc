package org.shouwang.geography;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.shouwang.ShouwangTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GeoJSON import and export of grids: a round trip restores the same set, a replacement takes effect in the
 * geocoder, and every kind of bad file is rejected whole with its problems listed and the grids unchanged.
 * Tests that replace the grids restore the demo grids before they end.
 */
@ShouwangTest
class GridImportTests {

	@LocalServerPort
	int port;

	@Autowired
	Grids grids;

	@Autowired
	Geocoder geocoder;

	@Autowired
	Places places;

	ApiClient api;

	byte[] demoExport;

	@BeforeEach
	void snapshot() throws Exception {
		api = new ApiClient(port);
		HttpResponse<byte[]> export = api.download("/api/v1/grids/export");
		assertThat(export.statusCode()).isEqualTo(200);
		demoExport = export.body();
	}

	private void restore() throws Exception {
		HttpResponse<String> response = api.postFile("/api/v1/grids/import", "grids.geojson", demoExport);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(grids.list()).hasSize(162);
	}

	@Test
	void exportIsADownloadableFeatureCollection() throws Exception {
		HttpResponse<byte[]> export = api.download("/api/v1/grids/export");
		assertThat(export.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("attachment").contains("grids.geojson"));
		assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/geo+json"));
		JsonNode body = api.json(new String(export.body(), StandardCharsets.UTF_8));
		assertThat(body.get("type").stringValue()).isEqualTo("FeatureCollection");
		assertThat(body.get("features").size()).isEqualTo(162);
	}

	@Test
	void roundTripRestoresTheSameSet() throws Exception {
		Map<String, Grid> before = grids.all().stream().collect(Collectors.toMap(Grid::code, g -> g));
		try {
			HttpResponse<String> response = api.postFile("/api/v1/grids/import", "grids.geojson", demoExport);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(api.json(response).get("imported").intValue()).isEqualTo(162);
			Map<String, Grid> after = grids.all().stream().collect(Collectors.toMap(Grid::code, g -> g));
			assertThat(after.keySet()).isEqualTo(before.keySet());
			before.forEach((code, grid) -> {
				Grid again = after.get(code);
				assertThat(again.name()).isEqualTo(grid.name());
				assertThat(again.stationCode()).isEqualTo(grid.stationCode());
				assertThat(again.type()).isEqualTo(grid.type());
				assertThat(again.active()).isEqualTo(grid.active());
				assertThat(again.demo()).isEqualTo(grid.demo());
				assertThat(again.geometry().norm().equalsExact(grid.geometry().norm())).as(code).isTrue();
			});
			assertThat(api.download("/api/v1/grids/export").body()).isEqualTo(demoExport);
		}
		finally {
			restore();
		}
	}

	@Test
	void aValidImportReplacesTheGridsAndRebuildsTheGeocoder() throws Exception {
		Grid wb01 = grids.find("WB01-001").orElseThrow();
		Point probe = wb01.geometry().getInteriorPoint();
		Place somePlace = places.list().get(0);
		String file = """
				{"type": "FeatureCollection", "features": [
				  {"type": "Feature", "properties": {"code": "T-NORTH", "name": "北半区", "stationCode": "WB01"},
				   "geometry": {"type": "Polygon", "coordinates": [[[113.70, 35.30], [114.00, 35.30], [114.00, 35.40], [113.70, 35.40], [113.70, 35.30]]]}},
				  {"type": "Feature", "properties": {"code": "T-SOUTH", "name": "南半区", "stationCode": "WB07", "gridType": "SUBURBAN"},
				   "geometry": {"type": "MultiPolygon", "coordinates": [[[[113.70, 35.20], [114.00, 35.20], [114.00, 35.30], [113.70, 35.30], [113.70, 35.20]]]]}}
				]}
				""";
		try {
			HttpResponse<String> response = api.postBody("/api/v1/grids/import", "application/geo+json",
					file.getBytes(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(grids.list()).extracting(Grid::code).containsExactly("T-NORTH", "T-SOUTH");
			assertThat(grids.find("T-NORTH").orElseThrow().type()).isEqualTo(GridType.URBAN);
			assertThat(grids.find("T-SOUTH").orElseThrow().type()).isEqualTo(GridType.SUBURBAN);
			assertThat(geocoder.gridCount()).isEqualTo(2);
			Location located = geocoder.locate(probe.getY(), probe.getX());
			assertThat(located.gridCode()).isEqualTo(probe.getY() >= 35.30 ? "T-NORTH" : "T-SOUTH");
			Place moved = places.find(somePlace.id()).orElseThrow();
			assertThat(moved.gridCode()).isIn("T-NORTH", "T-SOUTH");
			assertThat(api.json(api.get("/api/v1/grids")).get("features").size()).isEqualTo(2);
		}
		finally {
			restore();
		}
		assertThat(geocoder.locate(probe.getY(), probe.getX()).gridCode()).isEqualTo(
				grids.list().stream().filter(g -> g.geometry().covers(probe)).map(Grid::code).sorted().findFirst().orElseThrow());
		assertThat(places.find(somePlace.id()).orElseThrow().gridCode()).isEqualTo(somePlace.gridCode());
	}

	@Test
	void everyProblemOfABadFileIsReportedAndNothingChanges() throws Exception {
		ObjectNode file = (ObjectNode) api.json(new String(demoExport, StandardCharsets.UTF_8));
		ArrayNode features = (ArrayNode) file.get("features");
		// 0: geometry missing
		((ObjectNode) features.get(0)).remove("geometry");
		// 1: a Point instead of a polygon
		((ObjectNode) features.get(1)).set("geometry", api.json("{\"type\": \"Point\", \"coordinates\": [113.85, 35.3]}"));
		// 2: a self-intersecting bow tie
		((ObjectNode) features.get(2)).set("geometry", api.json(
				"{\"type\": \"Polygon\", \"coordinates\": [[[113.85, 35.30], [113.86, 35.31], [113.86, 35.30], [113.85, 35.31], [113.85, 35.30]]]}"));
		// 3: code, name and stationCode missing
		ObjectNode props3 = (ObjectNode) features.get(3).get("properties");
		props3.remove("code");
		props3.put("name", " ");
		props3.putNull("stationCode");
		// 4: the code of feature 5
		((ObjectNode) features.get(4).get("properties")).put("code", features.get(5).at("/properties/code").stringValue());
		// 6: a station without a jurisdiction
		((ObjectNode) features.get(6).get("properties")).put("stationCode", "XX99");
		// 7: the same polygon as feature 8 (overlap)
		((ObjectNode) features.get(7)).set("geometry", features.get(8).get("geometry").deepCopy());
		// 9: coordinates out of range
		((ObjectNode) features.get(9)).set("geometry", api.json(
				"{\"type\": \"Polygon\", \"coordinates\": [[[113.85, 35.30], [213.86, 35.30], [113.86, 95.31], [113.85, 35.30]]]}"));
		// 10: not a ring (not closed)
		((ObjectNode) features.get(10)).set("geometry", api.json(
				"{\"type\": \"Polygon\", \"coordinates\": [[[113.85, 35.30], [113.86, 35.30], [113.86, 35.31], [113.85, 35.31]]]}"));
		// 11: not a feature at all
		features.set(11, api.json("[1, 2, 3]"));

		String code5 = features.get(5).at("/properties/code").stringValue();
		String code7 = features.get(7).at("/properties/code").stringValue();
		String code8 = features.get(8).at("/properties/code").stringValue();

		JsonNode problem = rejected(api.postFile("/api/v1/grids/import", "bad.geojson", api.bytes(file)));
		assertThat(problem.get("detail").stringValue()).contains("nothing was imported");
		Map<String, List<String>> errors = errors(problem);
		assertThat(errors.get("features[0].geometry")).anySatisfy(m -> assertThat(m).contains("missing"));
		assertThat(errors.get("features[1].geometry")).anySatisfy(m -> assertThat(m).contains("Polygon or MultiPolygon"));
		assertThat(errors.get("features[2].geometry")).anySatisfy(m -> assertThat(m).contains("invalid polygon").contains("Self-intersection"));
		assertThat(errors).containsKeys("features[3].properties.code", "features[3].properties.name", "features[3].properties.stationCode");
		assertThat(errors.get("features[5].properties.code")).anySatisfy(m -> assertThat(m).contains("duplicate code " + code5).contains("features[4]"));
		assertThat(errors.get("features[6].properties.stationCode")).anySatisfy(m -> assertThat(m).contains("unknown stationCode XX99"));
		assertThat(errors.get("features[8].geometry")).anySatisfy(m -> assertThat(m).startsWith(code8).contains("overlaps features[7] (" + code7 + ")"));
		assertThat(errors.get("features[9].geometry")).anySatisfy(m -> assertThat(m).contains("out of range"));
		assertThat(errors.get("features[10].geometry")).anySatisfy(m -> assertThat(m).contains("not closed"));
		assertThat(errors).containsKey("features[11].type");
		assertUnchanged();
	}

	@Test
	void somethingThatIsNotAFeatureCollectionIsRejected() throws Exception {
		assertThat(errors(rejected(api.postBody("/api/v1/grids/import", "application/json", "{\"type\": \"Feature\"}".getBytes()))))
			.containsKey("type");
		assertThat(errors(rejected(api.postBody("/api/v1/grids/import", "application/json", "not json at all".getBytes()))))
			.containsKey("file");
		assertThat(errors(rejected(api.postBody("/api/v1/grids/import", "application/json",
				"{\"type\": \"FeatureCollection\", \"features\": []}".getBytes())))).containsKey("features");
		assertThat(errors(rejected(api.postFile("/api/v1/grids/import", "empty.geojson", new byte[0])))).containsKey("file");
		assertUnchanged();
	}

	@Test
	void anOverlapBetweenTwoOtherwiseValidGridsNamesBoth() throws Exception {
		String file = """
				{"type": "FeatureCollection", "features": [
				  {"type": "Feature", "properties": {"code": "A-1", "name": "甲", "stationCode": "WB01"},
				   "geometry": {"type": "Polygon", "coordinates": [[[113.80, 35.28], [113.83, 35.28], [113.83, 35.31], [113.80, 35.31], [113.80, 35.28]]]}},
				  {"type": "Feature", "properties": {"code": "B-1", "name": "乙", "stationCode": "WB01"},
				   "geometry": {"type": "Polygon", "coordinates": [[[113.82, 35.28], [113.85, 35.28], [113.85, 35.31], [113.82, 35.31], [113.82, 35.28]]]}}
				]}
				""";
		Map<String, List<String>> errors = errors(rejected(api.postBody("/api/v1/grids/import", "application/geo+json",
				file.getBytes(StandardCharsets.UTF_8))));
		assertThat(errors).containsOnlyKeys("features[1].geometry");
		assertThat(errors.get("features[1].geometry").get(0)).startsWith("B-1").contains("overlaps features[0] (A-1)");
		assertUnchanged();
	}

	@Test
	void rawBodiesAreLimitedButLargeFilesGoAsMultipart() throws Exception {
		ObjectNode file = (ObjectNode) api.json(new String(demoExport, StandardCharsets.UTF_8));
		file.put("comment", "x".repeat(1_200_000));
		byte[] large = api.bytes(file);
		assertThat(api.postBody("/api/v1/grids/import", "application/geo+json", large).statusCode()).isEqualTo(413);
		assertUnchanged();
		try {
			HttpResponse<String> response = api.postFile("/api/v1/grids/import", "large.geojson", large);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}
		finally {
			restore();
		}
	}

	private JsonNode rejected(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		return api.json(response);
	}

	private static Map<String, List<String>> errors(JsonNode problem) {
		List<JsonNode> list = new ArrayList<>();
		problem.get("errors").forEach(list::add);
		return list.stream()
			.collect(Collectors.groupingBy(e -> e.get("field").stringValue(),
					Collectors.mapping(e -> e.get("message").stringValue(), Collectors.toList())));
	}

	private void assertUnchanged() throws Exception {
		assertThat(grids.list()).hasSize(162);
		assertThat(geocoder.gridCount()).isEqualTo(162);
		assertThat(api.download("/api/v1/grids/export").body()).isEqualTo(demoExport);
		Geometry first = grids.find("WB01-001").orElseThrow().geometry();
		Point inside = first.getInteriorPoint();
		assertThat(geocoder.locate(inside.getY(), inside.getX()).gridCode()).isEqualTo("WB01-001");
	}
}
