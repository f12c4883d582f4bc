/**
 * Hazards (隐患): one lifecycle for every hazard whatever found it (community patrol or visit, inspection, campus
 * check, bank security assessment): found → rectification ordered with a deadline → rectified → verified, and an
 * overdue hazard escalated to the station chief. Other modules report and follow hazards through {@link Hazards}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hazards",
		allowedDependencies = { "platform", "audit", "security", "geography" })
package org.shouwang.hazards;
