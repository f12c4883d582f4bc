package org.shouwang.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.shouwang.platform.NotFoundException;

import org.springframework.security.access.AccessDeniedException;

/**
 * The data a user may see, bounded by an organisation unit: the branch ({@code WB}) and its branch-wide
 * units (command centre {@code WB-ZHZX}, departments {@code WB-XZ} ...) see everything; a station
 * ({@code WB01} .. {@code WB07}) or one of its sub-units ({@code WB01-…}) sees the records of that station
 * only. Objects outside the scope are answered as not found (404), never as forbidden.
 * <p>
 * This class is the one place that knows the scope rules. The unit codes are checked by format only;
 * once the organisation module is merged, {@link #isValidUnitCode} should also ask it whether the unit exists.
 */
public final class DataScope {

	/** The code of the whole branch (卫滨分局). */
	public static final String BRANCH = "WB";

	/** Name of the SQL parameter {@link #sqlCondition} uses. */
	public static final String SQL_PARAMETER = "scopeStationCodes";

	private static final Pattern UNIT_CODE = Pattern.compile("^WB(|[0-9]{2}(-[A-Z0-9]{1,10})?|-[A-Z0-9]{2,10})$");

	private static final Pattern STATION_UNIT = Pattern.compile("^WB[0-9]{2}(-.*)?$");

	private final String unitCode;

	private final String stationCode;

	private DataScope(String unitCode) {
		this.unitCode = unitCode;
		this.stationCode = STATION_UNIT.matcher(unitCode).matches() ? unitCode.substring(0, 4) : null;
	}

	/** The scope of a unit; throws {@link IllegalArgumentException} for a malformed code. */
	public static DataScope of(String unitCode) {
		if (!isValidUnitCode(unitCode)) {
			throw new IllegalArgumentException("Not a unit code: " + unitCode);
		}
		return new DataScope(unitCode);
	}

	/** The whole branch, for work without a signed-in user (schedules, imports, the demo district). */
	public static DataScope branch() {
		return new DataScope(BRANCH);
	}

	/** The scope of the signed-in user; refuses when nobody is signed in. */
	public static DataScope current() {
		return SignedInUser.current()
			.map(SignedInUser::scope)
			.orElseThrow(() -> new AccessDeniedException("No signed-in user"));
	}

	/** Whether the code has the form of a unit code: {@code WB}, {@code WB-XX}, {@code WB01}, {@code WB01-XX}. */
	public static boolean isValidUnitCode(String code) {
		return code != null && UNIT_CODE.matcher(code).matches();
	}

	public String unitCode() {
		return unitCode;
	}

	/** True when the scope is the whole branch. */
	public boolean branchWide() {
		return stationCode == null;
	}

	/** The one station of a station scope; empty for branch-wide scopes. */
	public Optional<String> station() {
		return Optional.ofNullable(stationCode);
	}

	/** The stations whose records are visible; <b>empty means all</b> (branch-wide). */
	public Set<String> stationCodes() {
		return stationCode == null ? Set.of() : Set.of(stationCode);
	}

	/**
	 * Whether a record belonging to this station may be seen. A record without a station (for example an
	 * incident outside every grid) is visible to branch-wide scopes only.
	 */
	public boolean permits(String recordStationCode) {
		return stationCode == null || stationCode.equals(recordStationCode);
	}

	/** Whether this scope contains the whole of another unit's scope (a station admin manages its own station only). */
	public boolean covers(String otherUnitCode) {
		if (stationCode == null) {
			return true;
		}
		DataScope other = of(otherUnitCode);
		return stationCode.equals(other.stationCode);
	}

	/** Throws {@link NotFoundException} when the record lies outside the scope. */
	public void require(String recordStationCode, String what) {
		if (!permits(recordStationCode)) {
			throw new NotFoundException(what);
		}
	}

	/**
	 * A SQL condition for a query's WHERE clause on the given station-code column: {@code TRUE} for the branch,
	 * {@code column IN (:scopeStationCodes)} otherwise; bind {@link #sqlParameters()} with it.
	 */
	public String sqlCondition(String column) {
		return stationCode == null ? "TRUE" : column + " IN (:" + SQL_PARAMETER + ")";
	}

	/** The parameters of {@link #sqlCondition} (a list with the station code, or a dummy for the branch). */
	public Map<String, Object> sqlParameters() {
		return Map.of(SQL_PARAMETER, stationCode == null ? List.of("") : List.of(stationCode));
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DataScope other && other.unitCode.equals(unitCode);
	}

	@Override
	public int hashCode() {
		return unitCode.hashCode();
	}

	@Override
	public String toString() {
		return "DataScope[" + unitCode + "]";
	}
}
