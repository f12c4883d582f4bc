package org.shouwang.platform.indicators;

/**
 * A statistic shown beside a figure that is not itself a count (e.g. the median time from receipt to on scene beside
 * the share on scene within the standard), computed by the source over the same period and scope.
 *
 * @param key stable key, e.g. {@code MEDIAN_RECEIVED_TO_ON_SCENE_SECONDS}
 * @param value the value, null when there is nothing to compute it from
 */
public record IndicatorStatistic(String key, String nameZh, String nameEn, String unit, Double value) {
}
