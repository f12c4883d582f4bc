package org.shouwang.prevention;

/** What a patrol post guards: a key place, a hotspot, or a commercial street. */
public enum PostKind {
	KEY_PLACE, HOTSPOT, STREET;

	public String messageKey() {
		return "prevention.postKind." + name();
	}
}
