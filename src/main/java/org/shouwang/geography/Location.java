package org.shouwang.geography;

/**
 * Where a point falls: its grid, the grid's type and its station; all three null outside every grid.
 */
public record Location(String gridCode, GridType gridType, String stationCode) {

	/** The answer for a point outside the district. */
	public static final Location OUTSIDE = new Location(null, null, null);

	/** True when the point lies in a grid. */
	public boolean inside() {
		return gridCode != null;
	}
}
