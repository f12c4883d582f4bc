/**
 * The command centre (情指中心): incident intake (警情) with its catalogue, duplicates and reclassification,
 * the live state and positions of duty units, recommendations, dispatch, progress and clearing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command centre",
		allowedDependencies = { "platform", "audit", "geography", "organization", "security", "video" })
package org.shouwang.command;
