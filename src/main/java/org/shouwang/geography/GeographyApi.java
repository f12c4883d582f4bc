package org.shouwang.geography;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.geo.Coordinates;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The geography API: grids, jurisdictions, places as GeoJSON, geocoding, and GeoJSON import and export.
 * Imports replace the whole set; a file with any problem is rejected whole with every problem listed.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = { MediaType.APPLICATION_JSON_VALUE, GeographyApi.GEO_JSON })
class GeographyApi {

	static final String GEO_JSON = "application/geo+json";

	private final Grids grids;

	private final Jurisdictions jurisdictions;

	private final Places places;

	private final Geocoder geocoder;

	GeographyApi(Grids grids, Jurisdictions jurisdictions, Places places, Geocoder geocoder) {
		this.grids = grids;
		this.jurisdictions = jurisdictions;
		this.places = places;
		this.geocoder = geocoder;
	}

	/** The active grids as a FeatureCollection, optionally of one station. */
	@GetMapping("/grids")
	@PreAuthorize("hasAuthority('geo:read')")
	ObjectNode grids(@RequestParam(required = false) String stationCode) {
		List<Grid> list = stationCode == null || stationCode.isBlank() ? grids.list() : grids.ofStation(stationCode.strip());
		return GeoJson.featureCollection(list.stream().map(GeoJsonFiles::gridFeature).toList());
	}

	@GetMapping("/grids/{code}")
	@PreAuthorize("hasAuthority('geo:read')")
	ObjectNode grid(@PathVariable String code) {
		return GeoJsonFiles.gridFeature(grids.find(code).orElseThrow(() -> new NotFoundException("grid")));
	}

	/** Every grid (inactive ones too) as a downloadable file that {@code POST /grids/import} accepts back. */
	@GetMapping(path = "/grids/export", produces = { GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	@PreAuthorize("hasAuthority('geo:read')")
	ResponseEntity<ObjectNode> exportGrids() {
		return download("grids.geojson",
				GeoJson.featureCollection(grids.all().stream().map(GeoJsonFiles::gridFeature).toList()));
	}

	@PostMapping(path = "/grids/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('geo:write')")
	Map<String, Object> importGridFile(@RequestPart(name = "file", required = false) MultipartFile file) {
		return Map.of("imported", grids.importGeoJson(content(file)));
	}

	@PostMapping(path = "/grids/import", consumes = { GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	@PreAuthorize("hasAuthority('geo:write')")
	Map<String, Object> importGridBody(@RequestBody(required = false) byte[] body) {
		return Map.of("imported", grids.importGeoJson(body));
	}

	/** Point → grid and station; both null outside the district. */
	@GetMapping("/geocode")
	@PreAuthorize("hasAuthority('geo:read')")
	Map<String, Object> geocode(@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lng) {
		List<FieldError> errors = Coordinates.errors(lat, lng, "lat", "lng");
		if (!errors.isEmpty()) {
			throw new InvalidInputException("lat and lng must be WGS84 decimal degrees.", errors);
		}
		Location location = geocoder.locate(new Coordinates(lat, lng));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("gridCode", location.gridCode());
		body.put("stationCode", location.stationCode());
		body.put("gridType", location.gridType());
		return body;
	}

	@GetMapping("/jurisdictions")
	@PreAuthorize("hasAuthority('geo:read')")
	ObjectNode jurisdictions() {
		Map<String, Long> gridCounts = grids.list().stream().collect(Collectors.groupingBy(Grid::stationCode, Collectors.counting()));
		return GeoJson.featureCollection(jurisdictions.list()
			.stream()
			.map(j -> GeoJsonFiles.jurisdictionFeature(j, gridCounts.getOrDefault(j.stationCode(), 0L)))
			.toList());
	}

	@GetMapping("/district")
	@PreAuthorize("hasAuthority('geo:read')")
	ObjectNode district() {
		District district = jurisdictions.district().orElseThrow(() -> new NotFoundException("district"));
		return GeoJson.feature(district.geometry(), Map.of("name", district.name(), "demo", district.demo()));
	}

	@GetMapping("/places")
	@PreAuthorize("hasAuthority('geo:read')")
	ObjectNode places(@RequestParam(required = false) PlaceKind kind) {
		List<Place> list = kind == null ? places.list() : places.ofKind(kind);
		return GeoJson.featureCollection(list.stream().map(GeoJsonFiles::placeFeature).toList());
	}

	@GetMapping(path = "/places/export", produces = { GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	@PreAuthorize("hasAuthority('geo:read')")
	ResponseEntity<ObjectNode> exportPlaces() {
		return download("places.geojson",
				GeoJson.featureCollection(places.list().stream().map(GeoJsonFiles::placeFeature).toList()));
	}

	@PostMapping(path = "/places/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('geo:write')")
	Map<String, Object> importPlaceFile(@RequestPart(name = "file", required = false) MultipartFile file) {
		return Map.of("imported", places.importGeoJson(content(file)));
	}

	@PostMapping(path = "/places/import", consumes = { GEO_JSON, MediaType.APPLICATION_JSON_VALUE })
	@PreAuthorize("hasAuthority('geo:write')")
	Map<String, Object> importPlaceBody(@RequestBody(required = false) byte[] body) {
		return Map.of("imported", places.importGeoJson(body));
	}

	private static ResponseEntity<ObjectNode> download(String filename, ObjectNode body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(GEO_JSON))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	static byte[] content(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "is required: choose a GeoJSON file");
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", "could not be read");
		}
	}
}
