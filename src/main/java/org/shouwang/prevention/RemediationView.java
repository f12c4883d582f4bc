package org.shouwang.prevention;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shouwang.command.IncidentCategory;

/**
 * A remediation project with its deployments and, once evaluated, the before/after incident counts over equal
 * periods and the one-sided p-value of a Poisson test of the decrease (conditional binomial test).
 */
public record RemediationView(UUID id, String number, String name, UUID analysisId, List<String> cells,
		Set<IncidentCategory> categories, String stationCode, String gridCode, double lat, double lng, String measures,
		LocalDate openedOn, LocalDate deadline, RemediationStatus status, long deployedOfficers, List<Deployment> deployments,
		LocalDate beforeFrom, LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo, Integer beforeCount,
		Integer afterCount, Double pValue, LocalDate evaluatedOn, LocalDate closedOn, String closingNote, boolean demo) {

	/** One deployment (人次). */
	public record Deployment(UUID id, LocalDate deployedOn, int officers, String note) {
	}
}
