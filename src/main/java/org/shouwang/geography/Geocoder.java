package org.shouwang.geography;

import org.shouwang.platform.geo.Coordinates;

import org.springframework.stereotype.Service;

/** Point → grid and station, on an in-memory STRtree of the active grids' prepared polygons. */
@Service
public class Geocoder {

	private final GeoIndex index;

	Geocoder(GeoIndex index) {
		this.index = index;
	}

	/**
	 * The grid and station a point falls in; {@link Location#OUTSIDE} (all null) outside every grid. A point
	 * on the edge between two grids belongs to the one with the smaller code.
	 *
	 * @throws IllegalArgumentException when the coordinates are not valid WGS84 degrees
	 */
	public Location locate(double lat, double lng) {
		if (!Coordinates.validLatitude(lat) || !Coordinates.validLongitude(lng)) {
			throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lng);
		}
		return index.current().locate(lat, lng);
	}

	/** The grid and station of checked coordinates; {@link Location#OUTSIDE} outside every grid. */
	public Location locate(Coordinates position) {
		return index.current().locate(position.lat(), position.lng());
	}

	/** How many grids the geocoder currently knows. */
	public int gridCount() {
		return index.current().size();
	}
}
