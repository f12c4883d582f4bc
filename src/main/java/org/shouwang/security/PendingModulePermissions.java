package org.shouwang.security;

import java.util.List;

import org.shouwang.platform.PermissionSet;

import static org.shouwang.security.Permissions.*;

/**
 * The permissions of modules that do not contribute their own {@link PermissionSet} yet: the command centre
 * (incidents, the catalogue, units), video (cameras) and the modules being built (cases, community work,
 * hazards, prevention, inspections, anti-fraud, workforce, indicators, reports). When a module arrives it moves
 * its lines into its own {@code PermissionSet} (and its constants out of {@link Permissions}) and removes them here.
 */
public final class PendingModulePermissions implements PermissionSet {

	@Override
	public List<Grant> grants() {
		return List.of(
				// command
				Grant.read(INCIDENT_READ, DISPATCHER, OFFICER, INVESTIGATOR), Grant.of(INCIDENT_WRITE, DISPATCHER, OFFICER),
				Grant.of(INCIDENT_DISPATCH, COMMANDER, DISPATCHER), Grant.of(CATALOGUE_WRITE),
				Grant.read(UNIT_READ, DISPATCHER, OFFICER), Grant.of(UNIT_WRITE, DISPATCHER),
				// video
				Grant.read(CAMERA_READ, DISPATCHER, INVESTIGATOR), Grant.of(CAMERA_WRITE),
				// the modules of this round
				Grant.read(CASE_READ, INVESTIGATOR), Grant.of(CASE_WRITE, INVESTIGATOR),
				Grant.read(COMMUNITY_READ, OFFICER), Grant.of(COMMUNITY_WRITE, OFFICER),
				Grant.read(HAZARD_READ, OFFICER, INSPECTOR), Grant.of(HAZARD_WRITE, OFFICER, INSPECTOR),
				Grant.read(PREVENTION_READ), Grant.of(PREVENTION_WRITE),
				Grant.read(INSPECTION_READ, INSPECTOR), Grant.of(INSPECTION_WRITE, INSPECTOR),
				Grant.read(ANTIFRAUD_READ, OFFICER, INVESTIGATOR), Grant.of(ANTIFRAUD_WRITE, OFFICER),
				Grant.read(WORKFORCE_READ), Grant.of(WORKFORCE_WRITE),
				Grant.read(INDICATOR_READ), Grant.read(REPORT_READ));
	}
}
