package org.shouwang.geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.geo.Coordinates;

/**
 * The rules a replacement set of grids must satisfy, all checked at once so that a report names every
 * bad grid: code, name and a known station present; codes unique; each geometry a valid Polygon or
 * MultiPolygon within WGS84 range; no two grids overlapping by more than {@value #OVERLAP_TOLERANCE_M2} m².
 */
final class GridChecks {

	/** Overlaps up to this area (square metres) are rounding noise on shared edges, not overlaps. */
	static final double OVERLAP_TOLERANCE_M2 = 1.0;

	static final int MAX_CODE_LENGTH = 32;

	/** One grid of the set with the label its errors are reported under (e.g. {@code features[17]}). */
	record Candidate(String label, NewGrid grid) {
	}

	private GridChecks() {
	}

	/** Checks the set and returns every problem found; an empty list means it can be stored. */
	static List<FieldError> check(List<Candidate> candidates, Set<String> stationCodes) {
		List<FieldError> errors = new ArrayList<>();
		if (candidates.isEmpty()) {
			errors.add(new FieldError("features", "contains no grids; a replacement set needs at least one"));
			return errors;
		}
		Map<String, String> firstLabelByCode = new HashMap<>();
		List<Candidate> checkable = new ArrayList<>();
		for (Candidate c : candidates) {
			NewGrid grid = c.grid();
			String who = who(grid);
			if (blank(grid.code())) {
				errors.add(new FieldError(c.label() + ".properties.code", who + "code is missing"));
			}
			else if (grid.code().length() > MAX_CODE_LENGTH) {
				errors.add(new FieldError(c.label() + ".properties.code", who + "code is longer than 32 characters"));
			}
			else {
				String first = firstLabelByCode.putIfAbsent(grid.code(), c.label());
				if (first != null) {
					errors.add(new FieldError(c.label() + ".properties.code",
							who + "duplicate code " + grid.code() + " (already used by " + first + ")"));
				}
			}
			if (blank(grid.name())) {
				errors.add(new FieldError(c.label() + ".properties.name", who + "name is missing"));
			}
			if (blank(grid.stationCode())) {
				errors.add(new FieldError(c.label() + ".properties.stationCode", who + "stationCode is missing"));
			}
			else if (!stationCodes.contains(grid.stationCode())) {
				errors.add(new FieldError(c.label() + ".properties.stationCode",
						who + "unknown stationCode " + grid.stationCode() + ": no such jurisdiction"));
			}
			if (grid.geometry() != null && geometryProblem(c, errors)) {
				checkable.add(c);
			}
		}
		overlaps(checkable, errors);
		return errors;
	}

	/** Adds the geometry's problem, if any; true when the geometry is fit for the overlap check. */
	private static boolean geometryProblem(Candidate c, List<FieldError> errors) {
		Geometry geometry = c.grid().geometry();
		String field = c.label() + ".geometry";
		String who = who(c.grid());
		if (!(geometry instanceof Polygonal)) {
			errors.add(new FieldError(field, who + "geometry must be a Polygon or MultiPolygon, not " + geometry.getGeometryType()));
			return false;
		}
		if (geometry.isEmpty()) {
			errors.add(new FieldError(field, who + "geometry is empty"));
			return false;
		}
		for (Coordinate p : geometry.getCoordinates()) {
			if (!Coordinates.validLongitude(p.x) || !Coordinates.validLatitude(p.y)) {
				errors.add(new FieldError(field, who + "coordinates out of range at [" + p.x + ", " + p.y + "]"));
				return false;
			}
		}
		TopologyValidationError invalid = new IsValidOp(geometry).getValidationError();
		if (invalid != null) {
			Coordinate at = invalid.getCoordinate();
			errors.add(new FieldError(field, who + "invalid polygon: " + invalid.getMessage()
					+ (at == null ? "" : " at [" + at.x + ", " + at.y + "]")));
			return false;
		}
		if (geometry.getArea() <= 0) {
			errors.add(new FieldError(field, who + "polygon has no area"));
			return false;
		}
		return true;
	}

	private static void overlaps(List<Candidate> candidates, List<FieldError> errors) {
		STRtree tree = new STRtree();
		List<PreparedGeometry> prepared = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Geometry g = candidates.get(i).grid().geometry();
			prepared.add(PreparedGeometryFactory.prepare(g));
			tree.insert(g.getEnvelopeInternal(), i);
		}
		for (int i = 0; i < candidates.size(); i++) {
			Candidate a = candidates.get(i);
			Geometry ga = a.grid().geometry();
			for (Object item : tree.query(ga.getEnvelopeInternal())) {
				int j = (Integer) item;
				if (j <= i) {
					continue;
				}
				Candidate b = candidates.get(j);
				Geometry gb = b.grid().geometry();
				if (!prepared.get(i).intersects(gb)) {
					continue;
				}
				double overlap = Shapes.areaM2(ga.intersection(gb));
				if (overlap > OVERLAP_TOLERANCE_M2) {
					errors.add(new FieldError(b.label() + ".geometry",
							who(b.grid()) + "overlaps " + a.label() + (blank(a.grid().code()) ? "" : " (" + a.grid().code() + ")")
									+ " by " + Math.round(overlap) + " m²"));
				}
			}
		}
	}

	private static String who(NewGrid grid) {
		return blank(grid.code()) ? "" : grid.code() + ": ";
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
