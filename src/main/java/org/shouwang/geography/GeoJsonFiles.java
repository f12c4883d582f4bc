package org.shouwang.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads grid and place files (GeoJSON FeatureCollections) into candidates, collecting every structural
 * problem, and writes grids, jurisdictions and places as GeoJSON features that the readers accept back.
 */
final class GeoJsonFiles {

	private static final Pattern FEATURE_INDEX = Pattern.compile("^features\\[(\\d+)]");

	private GeoJsonFiles() {
	}

	/** Grids read from a file: the candidates (geometry null where unreadable) and the problems found so far. */
	record GridFile(List<GridChecks.Candidate> candidates, List<FieldError> errors) {
	}

	/** Places read from a file, with every problem found. */
	record PlaceFile(List<Place> places, List<FieldError> errors) {
	}

	// reading

	static GridFile readGrids(byte[] content, JsonMapper json) {
		List<FieldError> errors = new ArrayList<>();
		List<GridChecks.Candidate> candidates = new ArrayList<>();
		JsonNode features = features(content, json, errors);
		if (features == null) {
			return new GridFile(candidates, errors);
		}
		for (int i = 0; i < features.size(); i++) {
			String label = "features[" + i + "]";
			JsonNode feature = features.get(i);
			if (!isFeature(feature, label, errors)) {
				continue;
			}
			JsonNode props = properties(feature, label, errors);
			String code = text(props, "code");
			String who = code == null || code.isBlank() ? "" : code + ": ";
			GridType type = null;
			JsonNode typeNode = props.path("gridType");
			if (!typeNode.isMissingNode() && !typeNode.isNull()) {
				type = enumValue(GridType.class, typeNode);
				if (type == null) {
					errors.add(new FieldError(label + ".properties.gridType", who + "gridType must be URBAN or SUBURBAN"));
				}
			}
			Boolean active = flag(props, "active", true, label, who, errors);
			Boolean demo = flag(props, "demo", false, label, who, errors);
			Geometry geometry = null;
			try {
				geometry = GeoJson.readPolygonal(feature.get("geometry"));
			}
			catch (GeoJson.MalformedException ex) {
				errors.add(new FieldError(label + ".geometry", who + ex.getMessage()));
			}
			candidates.add(new GridChecks.Candidate(label, new NewGrid(code, text(props, "name"), text(props, "stationCode"),
					type, geometry, active, demo)));
		}
		return new GridFile(candidates, errors);
	}

	static PlaceFile readPlaces(byte[] content, JsonMapper json) {
		List<FieldError> errors = new ArrayList<>();
		List<Place> places = new ArrayList<>();
		JsonNode features = features(content, json, errors);
		if (features == null) {
			return new PlaceFile(places, errors);
		}
		Map<UUID, String> ids = new HashMap<>();
		for (int i = 0; i < features.size(); i++) {
			String label = "features[" + i + "]";
			JsonNode feature = features.get(i);
			if (!isFeature(feature, label, errors)) {
				continue;
			}
			JsonNode props = properties(feature, label, errors);
			String name = text(props, "name");
			String who = name == null || name.isBlank() ? "" : name + ": ";
			boolean ok = true;
			if (name == null || name.isBlank()) {
				errors.add(new FieldError(label + ".properties.name", "name is missing"));
				ok = false;
			}
			PlaceKind kind = props.hasNonNull("kind") ? enumValue(PlaceKind.class, props.get("kind")) : null;
			if (kind == null) {
				errors.add(new FieldError(label + ".properties.kind",
						who + "kind must be one of KEY_PLACE, SCHOOL, KINDERGARTEN, HOSPITAL, BANK_OUTLET"));
				ok = false;
			}
			UUID id = UUID.randomUUID();
			String idText = text(props, "id");
			if (idText != null && !idText.isBlank()) {
				try {
					id = UUID.fromString(idText);
					String first = ids.putIfAbsent(id, label);
					if (first != null) {
						errors.add(new FieldError(label + ".properties.id", who + "duplicate id (already used by " + first + ")"));
						ok = false;
					}
				}
				catch (IllegalArgumentException ex) {
					errors.add(new FieldError(label + ".properties.id", who + "id must be a UUID"));
					ok = false;
				}
			}
			Boolean demo = flag(props, "demo", false, label, who, errors);
			Point point = null;
			try {
				point = GeoJson.readPoint(feature.get("geometry"));
			}
			catch (GeoJson.MalformedException ex) {
				errors.add(new FieldError(label + ".geometry", who + ex.getMessage()));
				ok = false;
			}
			if (ok && demo != null) {
				places.add(new Place(id, kind, name.strip(), text(props, "address"), point.getY(), point.getX(), null, null, demo));
			}
		}
		return new PlaceFile(places, errors);
	}

	/** Throws the rejection of a file when it has problems, errors ordered by feature. */
	static void rejectIfAny(List<FieldError> errors, String what) {
		if (errors.isEmpty()) {
			return;
		}
		List<FieldError> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.comparingInt(GeoJsonFiles::featureIndex));
		throw new InvalidInputException("The " + what + " file was rejected with " + sorted.size()
				+ (sorted.size() == 1 ? " problem" : " problems") + "; nothing was imported.", sorted);
	}

	private static int featureIndex(FieldError error) {
		Matcher m = FEATURE_INDEX.matcher(error.field());
		return m.find() ? Integer.parseInt(m.group(1)) : -1;
	}

	private static JsonNode features(byte[] content, JsonMapper json, List<FieldError> errors) {
		if (content == null || content.length == 0) {
			errors.add(new FieldError("file", "is empty; expected a GeoJSON FeatureCollection"));
			return null;
		}
		JsonNode root;
		try {
			root = json.readTree(content);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			errors.add(new FieldError("file", "is not valid JSON"
					+ (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")));
			return null;
		}
		if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))) {
			errors.add(new FieldError("type", "the file is not a GeoJSON FeatureCollection (\"type\" must be \"FeatureCollection\")"));
			return null;
		}
		JsonNode features = root.get("features");
		if (features == null || !features.isArray()) {
			errors.add(new FieldError("features", "is missing or not an array"));
			return null;
		}
		return features;
	}

	private static boolean isFeature(JsonNode feature, String label, List<FieldError> errors) {
		if (feature == null || !feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
			errors.add(new FieldError(label + ".type", "is not a GeoJSON Feature (\"type\" must be \"Feature\")"));
			return false;
		}
		return true;
	}

	private static JsonNode properties(JsonNode feature, String label, List<FieldError> errors) {
		JsonNode props = feature.path("properties");
		if (!props.isObject()) {
			if (!props.isMissingNode() && !props.isNull()) {
				errors.add(new FieldError(label + ".properties", "must be an object"));
			}
			return JsonNodeFactory.instance.objectNode();
		}
		return props;
	}

	private static String text(JsonNode props, String name) {
		JsonNode node = props.get(name);
		if (node == null || node.isNull() || !(node.isString() || node.isNumber())) {
			return null;
		}
		String value = node.asString().strip();
		return value.isEmpty() ? null : value;
	}

	private static Boolean flag(JsonNode props, String name, boolean fallback, String label, String who,
			List<FieldError> errors) {
		JsonNode node = props.get(name);
		if (node == null || node.isNull()) {
			return fallback;
		}
		if (!node.isBoolean()) {
			errors.add(new FieldError(label + ".properties." + name, who + name + " must be true or false"));
			return null;
		}
		return node.booleanValue();
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node) {
		if (!node.isString()) {
			return null;
		}
		try {
			return Enum.valueOf(type, node.stringValue().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	// writing

	static ObjectNode gridFeature(Grid grid) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("code", grid.code());
		props.put("name", grid.name());
		props.put("stationCode", grid.stationCode());
		props.put("stationName", grid.stationName());
		props.put("gridType", grid.type().name());
		props.put("areaM2", (double) Math.round(grid.areaM2()));
		props.put("active", grid.active());
		props.put("demo", grid.demo());
		return GeoJson.feature(grid.geometry(), props);
	}

	static ObjectNode jurisdictionFeature(Jurisdiction j, long gridCount) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("stationCode", j.stationCode());
		props.put("stationName", j.stationName());
		props.put("areaType", j.areaType().name());
		props.put("areaM2", (double) Math.round(j.areaM2()));
		props.put("gridCount", gridCount);
		props.put("demo", j.demo());
		return GeoJson.feature(j.geometry(), props);
	}

	static ObjectNode placeFeature(Place place) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("id", place.id().toString());
		props.put("kind", place.kind().name());
		props.put("name", place.name());
		props.put("address", place.address());
		props.put("gridCode", place.gridCode());
		props.put("stationCode", place.stationCode());
		props.put("demo", place.demo());
		return GeoJson.feature(Shapes.point(place.lat(), place.lng()), props);
	}
}
