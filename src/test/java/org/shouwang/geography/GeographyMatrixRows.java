package org.shouwang.geography;

import java.util.List;

import org.shouwang.security.MatrixRows;

/** The geography module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class GeographyMatrixRows implements MatrixRows {

	@Override
	public List<Entry> rows() {
		return List.of(
				// geography: the map is branch-wide (every station sees the whole district)
				api("GET", "/api/v1/grids", "geo:read"),
				api("GET", "/api/v1/grids/{code}", "geo:read").sample("/api/v1/grids/WB01-001"),
				api("GET", "/api/v1/grids/export", "geo:read"),
				api("POST", "/api/v1/grids/import", "geo:write"),
				api("GET", "/api/v1/geocode", "geo:read").sample("/api/v1/geocode?lat=35.3&lng=113.85"),
				api("GET", "/api/v1/jurisdictions", "geo:read"),
				api("GET", "/api/v1/district", "geo:read"),
				api("GET", "/api/v1/places", "geo:read"),
				api("GET", "/api/v1/places/export", "geo:read"),
				api("POST", "/api/v1/places/import", "geo:write"),
				page("GET", "/map", "geo:read"),
				page("POST", "/map/import", "geo:write"));
	}
}
