package org.shouwang.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.shouwang.platform.geo.Coordinates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * GeoJSON (RFC 7946) for the geometries of the map: writes Points, Polygons and MultiPolygons, and reads
 * them back with a precise reason when a geometry is malformed.
 */
final class GeoJson {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private GeoJson() {
	}

	/** A geometry that cannot be read, with the reason in words. */
	static final class MalformedException extends Exception {

		MalformedException(String message) {
			super(message);
		}
	}

	// writing

	static ObjectNode featureCollection(List<ObjectNode> features) {
		ObjectNode collection = NODES.objectNode();
		collection.put("type", "FeatureCollection");
		ArrayNode array = collection.putArray("features");
		features.forEach(array::add);
		return collection;
	}

	static ObjectNode feature(Geometry geometry, Map<String, ?> properties) {
		ObjectNode feature = NODES.objectNode();
		feature.put("type", "Feature");
		feature.set("geometry", geometry(geometry));
		ObjectNode props = feature.putObject("properties");
		properties.forEach((key, value) -> props.set(key, value(value)));
		return feature;
	}

	private static JsonNode value(Object value) {
		if (value == null) {
			return NODES.nullNode();
		}
		if (value instanceof Boolean b) {
			return NODES.booleanNode(b);
		}
		if (value instanceof Integer i) {
			return NODES.numberNode(i);
		}
		if (value instanceof Long l) {
			return NODES.numberNode(l);
		}
		if (value instanceof Double d) {
			return NODES.numberNode(d);
		}
		return NODES.stringNode(value.toString());
	}

	static ObjectNode geometry(Geometry geometry) {
		ObjectNode node = NODES.objectNode();
		if (geometry instanceof Point point) {
			node.put("type", "Point");
			node.set("coordinates", position(point.getCoordinate()));
		}
		else if (geometry instanceof Polygon polygon) {
			node.put("type", "Polygon");
			node.set("coordinates", rings(polygon));
		}
		else if (geometry instanceof MultiPolygon multi) {
			node.put("type", "MultiPolygon");
			ArrayNode polygons = node.putArray("coordinates");
			for (int i = 0; i < multi.getNumGeometries(); i++) {
				polygons.add(rings((Polygon) multi.getGeometryN(i)));
			}
		}
		else {
			throw new IllegalArgumentException("Unsupported geometry " + geometry.getGeometryType());
		}
		return node;
	}

	private static ArrayNode rings(Polygon polygon) {
		ArrayNode rings = NODES.arrayNode();
		// RFC 7946: exterior rings counter-clockwise, holes clockwise.
		Polygon oriented = (Polygon) polygon.copy();
		oriented.normalize();
		rings.add(ring(oriented.getExteriorRing().reverse().getCoordinates()));
		for (int i = 0; i < oriented.getNumInteriorRing(); i++) {
			rings.add(ring(oriented.getInteriorRingN(i).reverse().getCoordinates()));
		}
		return rings;
	}

	private static ArrayNode ring(Coordinate[] coordinates) {
		ArrayNode ring = NODES.arrayNode();
		for (Coordinate c : coordinates) {
			ring.add(position(c));
		}
		return ring;
	}

	private static ArrayNode position(Coordinate c) {
		ArrayNode position = NODES.arrayNode();
		position.add(c.x);
		position.add(c.y);
		return position;
	}

	// reading

	/** Reads a Polygon or MultiPolygon; coordinates are rounded to the map's precision. */
	static Geometry readPolygonal(JsonNode geometry) throws MalformedException {
		String type = type(geometry);
		JsonNode coordinates = geometry.get("coordinates");
		if (coordinates == null || !coordinates.isArray()) {
			throw new MalformedException("geometry has no coordinates array");
		}
		return switch (type) {
			case "Polygon" -> polygon(coordinates, "coordinates");
			case "MultiPolygon" -> {
				if (coordinates.isEmpty()) {
					throw new MalformedException("MultiPolygon has no polygons");
				}
				Polygon[] polygons = new Polygon[coordinates.size()];
				for (int i = 0; i < polygons.length; i++) {
					polygons[i] = polygon(coordinates.get(i), "coordinates[" + i + "]");
				}
				yield Shapes.FACTORY.createMultiPolygon(polygons);
			}
			default -> throw new MalformedException("geometry must be a Polygon or MultiPolygon, not " + type);
		};
	}

	/** Reads a Point. */
	static Point readPoint(JsonNode geometry) throws MalformedException {
		String type = type(geometry);
		if (!"Point".equals(type)) {
			throw new MalformedException("geometry must be a Point, not " + type);
		}
		return Shapes.FACTORY.createPoint(coordinate(geometry.get("coordinates"), "coordinates"));
	}

	private static String type(JsonNode geometry) throws MalformedException {
		if (geometry == null || geometry.isNull() || geometry.isMissingNode()) {
			throw new MalformedException("geometry is missing");
		}
		if (!geometry.isObject() || !geometry.path("type").isString()) {
			throw new MalformedException("geometry is not a GeoJSON geometry object");
		}
		return geometry.get("type").stringValue();
	}

	private static Polygon polygon(JsonNode rings, String path) throws MalformedException {
		if (rings == null || !rings.isArray() || rings.isEmpty()) {
			throw new MalformedException(path + " must be a non-empty array of rings");
		}
		LinearRing shell = ring(rings.get(0), path + "[0]");
		LinearRing[] holes = new LinearRing[rings.size() - 1];
		for (int i = 1; i < rings.size(); i++) {
			holes[i - 1] = ring(rings.get(i), path + "[" + i + "]");
		}
		return Shapes.FACTORY.createPolygon(shell, holes);
	}

	private static LinearRing ring(JsonNode positions, String path) throws MalformedException {
		if (positions == null || !positions.isArray()) {
			throw new MalformedException(path + " must be an array of positions");
		}
		List<Coordinate> coordinates = new ArrayList<>();
		for (int i = 0; i < positions.size(); i++) {
			coordinates.add(coordinate(positions.get(i), path + "[" + i + "]"));
		}
		if (coordinates.size() < 4) {
			throw new MalformedException(path + " has " + coordinates.size() + " positions, a ring needs at least 4");
		}
		if (!coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
			throw new MalformedException(path + " is not closed (first and last positions differ)");
		}
		return Shapes.FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
	}

	private static Coordinate coordinate(JsonNode position, String path) throws MalformedException {
		if (position == null || !position.isArray() || position.size() < 2 || !position.get(0).isNumber()
				|| !position.get(1).isNumber()) {
			throw new MalformedException(path + " must be a position [longitude, latitude]");
		}
		double lng = position.get(0).doubleValue();
		double lat = position.get(1).doubleValue();
		if (!Coordinates.validLongitude(lng) || !Coordinates.validLatitude(lat)) {
			throw new MalformedException(path + " is out of range: longitude must be within ±180 and latitude within ±90 (got ["
					+ position.get(0) + ", " + position.get(1) + "])");
		}
		Coordinate c = new Coordinate(lng, lat);
		Shapes.PRECISION.makePrecise(c);
		return c;
	}
}
