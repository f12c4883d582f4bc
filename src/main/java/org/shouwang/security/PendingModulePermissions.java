package org.shouwang.security;

import java.util.List;

import org.shouwang.platform.PermissionSet;

import static org.shouwang.security.Permissions.*;

/**
 * The permissions of modules that do not contribute their own {@link PermissionSet} yet: the command centre
 * (incidents, the catalogue, units) and cases. When a module arrives it moves
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
				// cases
				Grant.read(CASE_READ, INVESTIGATOR), Grant.of(CASE_WRITE, INVESTIGATOR));
	}
}
