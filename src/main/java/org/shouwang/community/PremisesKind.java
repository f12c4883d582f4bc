package org.shouwang.community;

/** What was visited: a household (居民户) or a shop (商户). */
public enum PremisesKind {
	HOUSEHOLD, SHOP;

	public String messageKey() {
		return "community.premises." + name();
	}
}
