package org.shouwang.prevention.internal.roster;

import java.util.Objects;
import java.util.Set;

/** An officer of a plan's pool (a problem fact): sworn or auxiliary, home station and leave days (epoch days). */
public final class RosterOfficer {

	private final long id;

	private final String badge;

	private final String name;

	private final String stationCode;

	private final boolean sworn;

	private final Set<Long> leaveDays;

	public RosterOfficer(long id, String badge, String name, String stationCode, boolean sworn, Set<Long> leaveDays) {
		this.id = id;
		this.badge = badge;
		this.name = name;
		this.stationCode = stationCode;
		this.sworn = sworn;
		this.leaveDays = Set.copyOf(leaveDays);
	}

	public long getId() {
		return id;
	}

	public String getBadge() {
		return badge;
	}

	public String getName() {
		return name;
	}

	public String getStationCode() {
		return stationCode;
	}

	public boolean isSworn() {
		return sworn;
	}

	public Set<Long> getLeaveDays() {
		return leaveDays;
	}

	public boolean onLeave(long epochDay) {
		return leaveDays.contains(epochDay);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof RosterOfficer other && other.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return badge + " " + name;
	}

	/** Same officer, for callers comparing by id. */
	public boolean is(Long officerId) {
		return Objects.equals(officerId, id);
	}
}
