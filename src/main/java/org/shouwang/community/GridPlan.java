package org.shouwang.community;

/**
 * A grid's police post and visit plan: households and shops to visit per month, and the addresses the grid has (for
 * the visited share on the map).
 */
public record GridPlan(String gridCode, String postCode, int monthlyVisitTarget, int addresses) {
}
