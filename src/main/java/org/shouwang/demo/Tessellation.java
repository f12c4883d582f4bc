package org.shouwang.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.shouwang.geography.Shapes;

/**
 * Geometry for the demo district: a star-shaped boundary split into station jurisdictions and those into
 * grids, both seeded Voronoi tessellations. All boundaries (district outline, jurisdiction and grid
 * Voronoi edges) are noded together once with snap rounding on the map's 1e-7° grid and polygonized, so
 * every grid is a union of faces of one arrangement: neighbours share their edges exactly, without gaps
 * or overlaps, and the jurisdictions and the district are exact unions of their grids.
 */
final class Tessellation {

	/** How far Voronoi edges are drawn past the area they divide before noding, in degrees. */
	private static final double OVERSHOOT = 1e-4;

	private Tessellation() {
	}

	/** The result: the district (union of everything), the jurisdictions and each one's grids, in seed order. */
	record Tiling(Polygon district, List<Polygon> jurisdictions, List<List<Polygon>> grids) {
	}

	/**
	 * A simple (star-shaped) boundary around a centre: {@code vertices} points at increasing angles, radii
	 * varying smoothly with a little noise, so the outline is irregular but never self-intersecting.
	 */
	static Polygon starShape(double centreLat, double centreLng, double latRadius, double lngRadius, int vertices,
			SplittableRandom random) {
		double phase2 = random.nextDouble() * 2 * Math.PI;
		double phase3 = random.nextDouble() * 2 * Math.PI;
		Coordinate[] ring = new Coordinate[vertices + 1];
		for (int k = 0; k < vertices; k++) {
			double angle = 2 * Math.PI * (k + 0.3 * (random.nextDouble() - 0.5)) / vertices;
			double r = 1 + 0.08 * Math.sin(2 * angle + phase2) + 0.06 * Math.sin(3 * angle + phase3)
					+ 0.05 * (random.nextDouble() - 0.5);
			ring[k] = new Coordinate(centreLng + lngRadius * r * Math.cos(angle), centreLat + latRadius * r * Math.sin(angle));
			Shapes.PRECISION.makePrecise(ring[k]);
		}
		ring[vertices] = ring[0].copy();
		return Shapes.FACTORY.createPolygon(ring);
	}

	/** {@code count} random points strictly inside the area. */
	static List<Coordinate> randomPoints(Geometry area, int count, SplittableRandom random) {
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
		Envelope box = area.getEnvelopeInternal();
		List<Coordinate> points = new ArrayList<>();
		while (points.size() < count) {
			Coordinate c = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
					box.getMinY() + random.nextDouble() * box.getHeight());
			if (prepared.containsProperly(Shapes.FACTORY.createPoint(c))) {
				points.add(c);
			}
		}
		return points;
	}

	/**
	 * Tiles the district: jurisdiction j is the Voronoi cell of {@code stationSeeds[j]} within the district,
	 * split into {@code gridCounts[j]} grids around random sites that are moved to their cells' centroids a
	 * few times (Lloyd relaxation) for evenly sized grids.
	 */
	static Tiling tile(Polygon district, List<Coordinate> stationSeeds, int[] gridCounts, List<SplittableRandom> randoms) {
		Envelope frame = new Envelope(district.getEnvelopeInternal());
		frame.expandBy(frame.getWidth() + frame.getHeight());
		List<Geometry> roughAreas = new ArrayList<>();
		List<Geometry> linework = new ArrayList<>();
		linework.add(district.getBoundary());
		linework.add(clip(voronoiEdges(stationSeeds, frame), district.buffer(OVERSHOOT)));
		List<Polygon> cells = voronoiCells(stationSeeds, frame);
		for (int j = 0; j < stationSeeds.size(); j++) {
			Point seed = Shapes.FACTORY.createPoint(stationSeeds.get(j));
			Polygon cell = cells.stream().filter(c -> c.contains(seed)).findFirst().orElseThrow();
			roughAreas.add(OverlayNG.overlay(cell, district, OverlayNG.INTERSECTION));
		}
		List<List<Coordinate>> sites = new ArrayList<>();
		for (int j = 0; j < stationSeeds.size(); j++) {
			List<Coordinate> s = relaxedSites(roughAreas.get(j), gridCounts[j], 3, randoms.get(j), frame);
			sites.add(s);
			linework.add(clip(voronoiEdges(s, frame), roughAreas.get(j).buffer(OVERSHOOT)));
		}

		// One arrangement of every boundary, snap-rounded together, cut into faces.
		Geometry noded = UnaryUnionNG.union(Shapes.FACTORY.buildGeometry(linework), Shapes.PRECISION);
		Polygonizer polygonizer = new Polygonizer();
		polygonizer.add(noded);
		@SuppressWarnings("unchecked")
		Collection<Polygon> faces = polygonizer.getPolygons();

		// Each face goes to the nearest station seed, then to that jurisdiction's nearest grid site.
		PreparedGeometry inside = PreparedGeometryFactory.prepare(district);
		List<Map<Integer, List<Polygon>>> facesByGrid = new ArrayList<>();
		stationSeeds.forEach(s -> facesByGrid.add(new HashMap<>()));
		for (Polygon face : faces) {
			Point p = face.getInteriorPoint();
			if (!inside.contains(p)) {
				continue;
			}
			int j = nearest(stationSeeds, p.getCoordinate());
			int k = nearest(sites.get(j), p.getCoordinate());
			facesByGrid.get(j).computeIfAbsent(k, x -> new ArrayList<>()).add(face);
		}

		List<List<Polygon>> grids = new ArrayList<>();
		List<Polygon> jurisdictions = new ArrayList<>();
		List<Polygon> all = new ArrayList<>();
		for (int j = 0; j < stationSeeds.size(); j++) {
			List<Polygon> stationGrids = connectedGrids(facesByGrid.get(j), gridCounts[j], j);
			grids.add(stationGrids);
			jurisdictions.add(single(CoverageUnion.union(stationGrids.toArray(Geometry[]::new)), "jurisdiction " + j));
			all.addAll(stationGrids);
		}
		Polygon whole = single(CoverageUnion.union(all.toArray(Geometry[]::new)), "district");
		return new Tiling(whole, jurisdictions, grids);
	}

	/**
	 * Unions each grid's faces. Where a grid falls apart (a concave outline cut its Voronoi cell), its smaller
	 * pieces join the grid they share the longest edge with.
	 */
	private static List<Polygon> connectedGrids(Map<Integer, List<Polygon>> faces, int count, int station) {
		if (faces.size() != count) {
			throw new IllegalStateException("Jurisdiction " + station + " has " + faces.size() + " grids, not " + count);
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Integer k : new ArrayList<>(faces.keySet())) {
				Geometry union = CoverageUnion.union(faces.get(k).toArray(Geometry[]::new));
				if (union.getNumGeometries() == 1) {
					continue;
				}
				List<Geometry> parts = new ArrayList<>();
				for (int i = 0; i < union.getNumGeometries(); i++) {
					parts.add(union.getGeometryN(i));
				}
				parts.sort(Comparator.comparingDouble(Geometry::getArea).reversed());
				for (Geometry part : parts.subList(1, parts.size())) {
					List<Polygon> moving = faces.get(k).stream().filter(f -> part.covers(f.getInteriorPoint())).toList();
					int best = -1;
					double shared = 0;
					for (Map.Entry<Integer, List<Polygon>> other : faces.entrySet()) {
						if (other.getKey().equals(k)) {
							continue;
						}
						Geometry otherUnion = CoverageUnion.union(other.getValue().toArray(Geometry[]::new));
						double length = part.getBoundary().intersection(otherUnion.getBoundary()).getLength();
						if (length > shared) {
							shared = length;
							best = other.getKey();
						}
					}
					if (best < 0) {
						throw new IllegalStateException("A detached piece of a grid touches no other grid");
					}
					faces.get(k).removeAll(moving);
					faces.get(best).addAll(moving);
					changed = true;
				}
			}
		}
		List<Polygon> grids = new ArrayList<>();
		for (List<Polygon> gridFaces : faces.values()) {
			grids.add(single(CoverageUnion.union(gridFaces.toArray(Geometry[]::new)), "grid"));
		}
		if (grids.size() != count) {
			throw new IllegalStateException("Jurisdiction " + station + " ended with " + grids.size() + " grids");
		}
		return grids;
	}

	private static List<Coordinate> relaxedSites(Geometry area, int count, int iterations, SplittableRandom random,
			Envelope frame) {
		List<Coordinate> sites = randomPoints(area, count, random);
		for (int i = 0; i < iterations; i++) {
			List<Coordinate> moved = new ArrayList<>();
			List<Polygon> cells = voronoiCells(sites, frame);
			for (Coordinate site : sites) {
				Polygon cell = cells.stream()
					.filter(c -> c.getUserData() instanceof Coordinate u && u.equals2D(site))
					.findFirst()
					.orElseThrow();
				Point centre = OverlayNG.overlay(cell, area, OverlayNG.INTERSECTION).getCentroid();
				moved.add(area.contains(centre) ? centre.getCoordinate() : site);
			}
			sites = moved;
		}
		return sites;
	}

	private static List<Polygon> voronoiCells(List<Coordinate> sites, Envelope frame) {
		VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
		builder.setSites(sites);
		builder.setClipEnvelope(frame);
		Geometry diagram = builder.getDiagram(Shapes.FACTORY);
		List<Polygon> cells = new ArrayList<>();
		for (int i = 0; i < diagram.getNumGeometries(); i++) {
			cells.add((Polygon) diagram.getGeometryN(i));
		}
		return cells;
	}

	private static Geometry voronoiEdges(List<Coordinate> sites, Envelope frame) {
		List<Geometry> rings = new ArrayList<>();
		for (Polygon cell : voronoiCells(sites, frame)) {
			rings.add(cell.getExteriorRing());
		}
		return Shapes.FACTORY.buildGeometry(rings);
	}

	private static Geometry clip(Geometry lines, Geometry area) {
		return OverlayNG.overlay(lines, area, OverlayNG.INTERSECTION);
	}

	private static int nearest(List<Coordinate> sites, Coordinate p) {
		int best = 0;
		for (int i = 1; i < sites.size(); i++) {
			if (sites.get(i).distance(p) < sites.get(best).distance(p)) {
				best = i;
			}
		}
		return best;
	}

	private static Polygon single(Geometry geometry, String what) {
		if (geometry instanceof Polygon polygon) {
			return polygon;
		}
		throw new IllegalStateException("The " + what + " is not one polygon: " + geometry.getGeometryType());
	}

	/** The area covered by the union of the pieces but not the whole, plus the whole's area they miss (deg²). */
	static double coverageError(Geometry whole, List<? extends Geometry> pieces) {
		Geometry union = CascadedPolygonUnion.union(new ArrayList<>(pieces));
		return union.symDifference(whole).getArea();
	}
}
