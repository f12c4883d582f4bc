/**
 * Performance (绩效): composes every module's {@link org.shouwang.platform.indicators.IndicatorSource} into one
 * registry, keeps facts and rollups current from {@link org.shouwang.platform.indicators.IndicatorRecordChanged},
 * evaluates figures with 同比 for any period and station, opens each figure to its records, reconciles the rollups
 * against a recount and serves the CompStat dashboards. No module depends on it; it reads no other module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance",
		allowedDependencies = { "platform", "security", "audit", "geography" })
package org.shouwang.performance;
