package org.shouwang.platform;

/**
 * An entry of the UI's main navigation. Each module contributes its own as a bean, so the layout lists
 * exactly the modules that exist.
 *
 * @param messageKey key of the label in the message bundles
 * @param path       where it leads
 * @param order      position, lower first
 * @param authority  permission needed to see it, or {@code null} for every signed-in user
 */
public record NavigationItem(String messageKey, String path, int order, String authority) {

	public NavigationItem(String messageKey, String path, int order) {
		this(messageKey, path, order, null);
	}
}
