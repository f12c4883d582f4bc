package org.shouwang.enterprise;

import java.util.UUID;

/** A registered enterprise, project or zone; {@code leaderName} is the branch leader assigned to it (联系领导). */
public record Enterprise(UUID id, String name, Kind kind, String address, Double lat, Double lng, String gridCode,
		String stationCode, String leaderName, String leaderTitle, boolean policePost, boolean active, boolean demo) {

	public enum Kind {
		KEY_ENTERPRISE, MAJOR_PROJECT, INDUSTRIAL_ZONE;

		public String messageKey() {
			return "enterprise.kind." + name();
		}
	}
}
