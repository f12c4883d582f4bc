package org.shouwang.geography;

import java.util.UUID;

/**
 * A place on the map (key crowded place, school, kindergarten, hospital, bank outlet). Its grid and
 * station are derived by the geocoder from its position; both null outside the district.
 */
public record Place(UUID id, PlaceKind kind, String name, String address, double lat, double lng, String gridCode,
		String stationCode, boolean demo) {
}
