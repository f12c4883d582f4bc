package org.shouwang.community;

/** How a publicity activity is held: talk, lecture, drill, competition, leaflet campaign. */
public enum PublicityFormat {
	TALK, LECTURE, DRILL, COMPETITION, LEAFLETS;

	public String messageKey() {
		return "community.format." + name();
	}
}
