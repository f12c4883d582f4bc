package org.shouwang.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.shouwang.platform.geo.Geodesy;

/**
 * An in-memory bucket grid of units for "the k units that reach a point soonest". Units are hashed into
 * square cells of a local equirectangular projection; a search visits rings of cells around the point and
 * stops as soon as no unit further out can beat the k-th best time, using a lower bound of seconds per
 * metre. Thread-safe (one read-write lock); self-contained so that benchmarks can use it directly.
 * <p>
 * Searches are fastest when a cell holds about one unit. An {@linkplain #adaptive adaptive} index sizes its
 * cells from the units it holds (side = square root of their bounding box's area per unit) and lays them
 * out again whenever the number of units has doubled or halved since the last layout, so 90 units of a
 * district and 10,000 in a benchmark are both searched with about one unit per cell.
 */
public final class UnitIndex {

	/** Mean earth radius in metres (great-circle distances). */
	public static final double EARTH_RADIUS_M = Geodesy.EARTH_RADIUS_M;

	private static final double DEG = Math.PI / 180;

	/** A unit in the index: its id, position, kind (an ordinal the cost function understands) and capability bits. */
	public record Unit(long id, double lat, double lng, int kind, long capabilities) {
	}

	/** A search result: the unit, its great-circle distance and the cost function's time. */
	public record Hit(Unit unit, double distanceMeters, double seconds) {
	}

	/** Travel time of a unit over a straight-line distance. */
	@FunctionalInterface
	public interface Cost {

		double seconds(Unit unit, double distanceMeters);
	}

	private static final Comparator<Hit> BEST_FIRST = Comparator.comparingDouble(Hit::seconds)
		.thenComparingDouble(Hit::distanceMeters)
		.thenComparingLong(h -> h.unit().id());

	/** Smallest and largest side of an adaptive index's cells. */
	static final double MIN_ADAPTIVE_CELL = 25, MAX_ADAPTIVE_CELL = 5_000;

	private double cellMeters;

	private final boolean adaptive;

	/** Number of units at the last layout of an adaptive index. */
	private int laidOutFor = 1;

	private final double metersPerDegLat;

	private final double metersPerDegLng;

	private final Map<Long, List<Unit>> cells = new HashMap<>();

	private final Map<Long, Unit> units = new HashMap<>();

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private int minCx = Integer.MAX_VALUE;

	private int maxCx = Integer.MIN_VALUE;

	private int minCy = Integer.MAX_VALUE;

	private int maxCy = Integer.MIN_VALUE;

	/**
	 * @param cellMeters   side of a cell (about the distance between neighbouring units works well)
	 * @param referenceLat latitude of the area served (sets the projection's scale of longitude)
	 */
	public UnitIndex(double cellMeters, double referenceLat) {
		this(cellMeters, referenceLat, false);
	}

	private UnitIndex(double cellMeters, double referenceLat, boolean adaptive) {
		if (!(cellMeters > 0) || !Double.isFinite(cellMeters)) {
			throw new IllegalArgumentException("cellMeters must be positive");
		}
		this.cellMeters = cellMeters;
		this.adaptive = adaptive;
		this.metersPerDegLat = EARTH_RADIUS_M * DEG;
		this.metersPerDegLng = EARTH_RADIUS_M * DEG * Math.cos(referenceLat * DEG);
	}

	/** An index whose cells follow the density of its units (see the class description). */
	public static UnitIndex adaptive(double referenceLat) {
		return new UnitIndex(MAX_ADAPTIVE_CELL, referenceLat, true);
	}

	/** Side of the cells now, in metres. */
	public double cellMeters() {
		lock.readLock().lock();
		try {
			return cellMeters;
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** Adds a unit or moves it to its new position and attributes. */
	public void put(Unit unit) {
		lock.writeLock().lock();
		try {
			removeLocked(unit.id());
			units.put(unit.id(), unit);
			bucket(unit);
			if (adaptive && units.size() >= 2 * laidOutFor) {
				layOut();
			}
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** Removes a unit; false when it was not in the index. */
	public boolean remove(long id) {
		lock.writeLock().lock();
		try {
			boolean removed = removeLocked(id);
			if (removed && adaptive && units.size() > 0 && 2 * units.size() <= laidOutFor) {
				layOut();
			}
			return removed;
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** Empties the index. */
	public void clear() {
		lock.writeLock().lock();
		try {
			units.clear();
			clearCells();
			laidOutFor = 1;
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	public int size() {
		lock.readLock().lock();
		try {
			return units.size();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	public boolean contains(long id) {
		lock.readLock().lock();
		try {
			return units.containsKey(id);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/**
	 * The {@code limit} units with all {@code requiredCapabilities} bits that reach the point soonest by
	 * {@code cost}, best first (ties: nearer, then lower id).
	 *
	 * @param minSecondsPerMeter a lower bound of {@code cost(unit, d) / d} over all units; a wrong bound
	 *                           gives wrong answers, a smaller one only slower searches
	 */
	public List<Hit> nearest(double lat, double lng, int limit, long requiredCapabilities, Cost cost,
			double minSecondsPerMeter) {
		if (limit <= 0) {
			return List.of();
		}
		PriorityQueue<Hit> best = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
		lock.readLock().lock();
		try {
			if (units.isEmpty()) {
				return List.of();
			}
			double x = lng * metersPerDegLng;
			double y = lat * metersPerDegLat;
			int cx = (int) Math.floor(x / cellMeters);
			int cy = (int) Math.floor(y / cellMeters);
			// Distance from the point to the nearest edge of its own cell: ring r lies at least this + (r-1) cells away.
			double edge = Math.min(Math.min(x - cx * cellMeters, (cx + 1) * cellMeters - x),
					Math.min(y - cy * cellMeters, (cy + 1) * cellMeters - y));
			int maxRing = Math.max(Math.max(Math.abs(cx - minCx), Math.abs(maxCx - cx)),
					Math.max(Math.abs(cy - minCy), Math.abs(maxCy - cy)));
			for (int r = 0; r <= maxRing; r++) {
				if (best.size() == limit && r > 0) {
					// 0.995: margin for the projection's small distortion against great-circle distance.
					double ringDistance = ((r - 1) * cellMeters + edge) * 0.995;
					if (best.peek().seconds() <= ringDistance * minSecondsPerMeter) {
						break;
					}
				}
				if (r == 0) {
					scan(cells.get(key(cx, cy)), lat, lng, limit, requiredCapabilities, cost, best);
					continue;
				}
				for (int dx = -r; dx <= r; dx++) {
					scan(cells.get(key(cx + dx, cy - r)), lat, lng, limit, requiredCapabilities, cost, best);
					scan(cells.get(key(cx + dx, cy + r)), lat, lng, limit, requiredCapabilities, cost, best);
				}
				for (int dy = -r + 1; dy <= r - 1; dy++) {
					scan(cells.get(key(cx - r, cy + dy)), lat, lng, limit, requiredCapabilities, cost, best);
					scan(cells.get(key(cx + r, cy + dy)), lat, lng, limit, requiredCapabilities, cost, best);
				}
			}
		}
		finally {
			lock.readLock().unlock();
		}
		List<Hit> result = new ArrayList<>(best);
		result.sort(BEST_FIRST);
		return result;
	}

	private static void scan(List<Unit> cell, double lat, double lng, int limit, long required, Cost cost,
			PriorityQueue<Hit> best) {
		if (cell == null) {
			return;
		}
		for (int i = 0, n = cell.size(); i < n; i++) {
			Unit unit = cell.get(i);
			if ((unit.capabilities() & required) != required) {
				continue;
			}
			double d = Geodesy.meters(lat, lng, unit.lat(), unit.lng());
			Hit hit = new Hit(unit, d, cost.seconds(unit, d));
			if (best.size() < limit) {
				best.add(hit);
			}
			else if (BEST_FIRST.compare(hit, best.peek()) < 0) {
				best.poll();
				best.add(hit);
			}
		}
	}

	private void bucket(Unit unit) {
		int cx = cellX(unit.lng());
		int cy = cellY(unit.lat());
		cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(unit);
		minCx = Math.min(minCx, cx);
		maxCx = Math.max(maxCx, cx);
		minCy = Math.min(minCy, cy);
		maxCy = Math.max(maxCy, cy);
	}

	private void clearCells() {
		cells.clear();
		minCx = Integer.MAX_VALUE;
		maxCx = Integer.MIN_VALUE;
		minCy = Integer.MAX_VALUE;
		maxCy = Integer.MIN_VALUE;
	}

	/** Sizes the cells for the units held now (about one unit per cell) and buckets them again. */
	private void layOut() {
		double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
		for (Unit u : units.values()) {
			double x = u.lng() * metersPerDegLng;
			double y = u.lat() * metersPerDegLat;
			minX = Math.min(minX, x);
			maxX = Math.max(maxX, x);
			minY = Math.min(minY, y);
			maxY = Math.max(maxY, y);
		}
		double area = Math.max(maxX - minX, 1) * Math.max(maxY - minY, 1);
		cellMeters = Math.max(MIN_ADAPTIVE_CELL, Math.min(MAX_ADAPTIVE_CELL, Math.sqrt(area / units.size())));
		clearCells();
		units.values().forEach(this::bucket);
		laidOutFor = units.size();
	}

	private boolean removeLocked(long id) {
		Unit old = units.remove(id);
		if (old == null) {
			return false;
		}
		long k = key(cellX(old.lng()), cellY(old.lat()));
		List<Unit> cell = cells.get(k);
		cell.removeIf(u -> u.id() == id);
		if (cell.isEmpty()) {
			cells.remove(k);
		}
		return true;
	}

	private int cellX(double lng) {
		return (int) Math.floor(lng * metersPerDegLng / cellMeters);
	}

	private int cellY(double lat) {
		return (int) Math.floor(lat * metersPerDegLat / cellMeters);
	}

	private static long key(int cx, int cy) {
		return ((long) cx << 32) | (cy & 0xFFFF_FFFFL);
	}
}
