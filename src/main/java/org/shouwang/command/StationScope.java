package org.shouwang.command;

import org.shouwang.platform.NotFoundException;
import org.shouwang.security.DataScope;

/**
 * The caller's data scope applied to the command centre: lists of a station user are narrowed to their station,
 * an object of another station is not found (404). Branch-wide users (dispatcher, commander, admin) see all.
 * <p>
 * Command's own services apply {@link DataScope#current()} in their queries; what is left here is the station a
 * filter names ({@link #listStation}, for the statistics) and the checks the video pages still make until the
 * video module takes them below its controllers.
 */
public final class StationScope {

	/** A station code no record has: the filter of a station user asking for another station's records. */
	static final String NOTHING = "-";

	private StationScope() {
	}

	/**
	 * The station a list is filtered by: the requested one for branch-wide callers (null or blank for all); for a
	 * station user their own station, or a code that matches nothing when they ask for another station.
	 */
	public static String listStation(String requested) {
		DataScope scope = DataScope.current();
		String wanted = requested == null || requested.isBlank() ? null : requested.strip();
		if (scope.branchWide()) {
			return wanted;
		}
		String own = scope.station().orElseThrow();
		return wanted == null || wanted.equals(own) ? own : NOTHING;
	}

	/** Whether the signed-in caller may see a record of this station (no station: branch-wide callers only). */
	public static boolean permits(String stationCode) {
		return DataScope.current().permits(stationCode);
	}

	/** Throws {@link NotFoundException} when the record's station lies outside the signed-in caller's scope. */
	public static void require(String stationCode, String what) {
		DataScope.current().require(stationCode, what);
	}
}
