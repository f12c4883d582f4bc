package org.shouwang.geography;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** GeoJSON export and import of places: round trip, re-derived grids, bad files rejected whole. */
@ShouwangTest
class PlaceImportTests {

	@LocalServerPort
	int port;

	@Autowired
	Places places;

	@Autowired
	Grids grids;

	ApiClient api;

	byte[] demoExport;

	@BeforeEach
	void snapshot() throws Exception {
		api = new ApiClient(port);
		HttpResponse<byte[]> export = api.download("/api/v1/places/export");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("places.geojson"));
		demoExport = export.body();
	}

	@Test
	void roundTripRestoresTheSamePlaces() throws Exception {
		List<Place> before = places.list();
		try {
			HttpResponse<String> response = api.postFile("/api/v1/places/import", "places.geojson", demoExport);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(api.json(response).get("imported").intValue()).isEqualTo(before.size());
			assertThat(places.list()).containsExactlyInAnyOrderElementsOf(before);
		}
		finally {
			api.postFile("/api/v1/places/import", "places.geojson", demoExport);
		}
	}

	@Test
	void importedPlacesGetTheirGridFromTheGeocoder() throws Exception {
		String file = """
				{"type": "FeatureCollection", "features": [
				  {"type": "Feature", "properties": {"kind": "SCHOOL", "name": "测试小学", "address": "测试路 1 号"},
				   "geometry": {"type": "Point", "coordinates": [%s, %s]}},
				  {"type": "Feature", "properties": {"kind": "bank_outlet", "name": "区外网点"},
				   "geometry": {"type": "Point", "coordinates": [113.70, 35.20]}}
				]}
				""";
		org.locationtech.jts.geom.Point p = grids.find("WB04-010").orElseThrow().geometry().getInteriorPoint();
		double lng = p.getX();
		double lat = p.getY();
		try {
			HttpResponse<String> response = api.postBody("/api/v1/places/import", "application/geo+json",
					file.formatted(lng, lat).getBytes(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(places.list()).hasSize(2);
			Place school = places.ofKind(PlaceKind.SCHOOL).get(0);
			assertThat(school.gridCode()).isEqualTo("WB04-010");
			assertThat(school.stationCode()).isEqualTo("WB04");
			assertThat(school.demo()).isFalse();
			Place outside = places.ofKind(PlaceKind.BANK_OUTLET).get(0);
			assertThat(outside.gridCode()).isNull();
			assertThat(outside.stationCode()).isNull();
		}
		finally {
			assertThat(api.postFile("/api/v1/places/import", "places.geojson", demoExport).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void aBadPlaceFileIsRejectedWholeWithEveryProblem() throws Exception {
		String file = """
				{"type": "FeatureCollection", "features": [
				  {"type": "Feature", "properties": {"kind": "CASTLE", "name": "城堡"},
				   "geometry": {"type": "Point", "coordinates": [113.85, 35.30]}},
				  {"type": "Feature", "properties": {"kind": "SCHOOL"},
				   "geometry": {"type": "Point", "coordinates": [113.85, 35.30]}},
				  {"type": "Feature", "properties": {"kind": "HOSPITAL", "name": "医院"},
				   "geometry": {"type": "Polygon", "coordinates": [[[113.85, 35.30], [113.86, 35.30], [113.86, 35.31], [113.85, 35.30]]]}},
				  {"type": "Feature", "properties": {"kind": "HOSPITAL", "name": "远方"},
				   "geometry": {"type": "Point", "coordinates": [113.85, 135.30]}}
				]}
				""";
		int before = places.list().size();
		HttpResponse<String> response = api.postBody("/api/v1/places/import", "application/json", file.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		api.json(response).get("errors").forEach(e -> fields.add(e.get("field").stringValue()));
		assertThat(fields).containsExactly("features[0].properties.kind", "features[1].properties.name", "features[2].geometry",
				"features[3].geometry");
		assertThat(places.list()).hasSize(before);
	}
}
