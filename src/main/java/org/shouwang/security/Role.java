package org.shouwang.security;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.shouwang.security.Permissions.*;

/**
 * The roles of a district branch, each a named set of permissions. This enum is the one place where
 * the permissions of a role are defined.
 */
public enum Role {

	/** System administrator: everything. */
	ADMIN(Set.copyOf(Permissions.ALL)),

	/** Branch leadership (分局领导 / 指挥长): reads everything, sees personal data, may dispatch. */
	COMMANDER(union(reads(), Set.of(INCIDENT_DISPATCH, PII_UNMASK))),

	/** Command-centre operator (情指中心): incidents and dispatch, units, cameras, the map, the org tree. */
	DISPATCHER(Set.of(INCIDENT_READ, INCIDENT_WRITE, INCIDENT_DISPATCH, UNIT_READ, UNIT_WRITE, CAMERA_READ, GEO_READ,
			ORG_READ, PII_UNMASK)),

	/**
	 * Station officer (社区民警): community work, hazards, anti-fraud dissuasion, the incidents of the station and its
	 * figures (绩效, their own station only).
	 */
	OFFICER(Set.of(COMMUNITY_READ, COMMUNITY_WRITE, HAZARD_READ, HAZARD_WRITE, INCIDENT_READ, INCIDENT_WRITE,
			ANTIFRAUD_READ, ANTIFRAUD_WRITE, UNIT_READ, GEO_READ, ORG_READ, PII_UNMASK, INDICATOR_READ, REPORT_READ)),

	/** Investigator (刑侦 / 经侦): cases, with the incidents and cameras they start from. */
	INVESTIGATOR(Set.of(CASE_READ, CASE_WRITE, INCIDENT_READ, CAMERA_READ, ANTIFRAUD_READ, GEO_READ, ORG_READ,
			PII_UNMASK)),

	/** Special-industry inspector (治安 / 重点行业): inspections and hazards. */
	INSPECTOR(Set.of(INSPECTION_READ, INSPECTION_WRITE, HAZARD_READ, HAZARD_WRITE, GEO_READ, ORG_READ)),

	/** Statistics and reports: reads all business data and indicators, never personal data in full, not users or audit. */
	ANALYST(reads().stream()
		.filter(p -> !p.equals(USER_READ) && !p.equals(AUDIT_READ))
		.collect(Collectors.toUnmodifiableSet()));

	private final Set<String> permissions;

	Role(Set<String> permissions) {
		this.permissions = Collections.unmodifiableSet(new LinkedHashSet<>(
				Permissions.ALL.stream().filter(permissions::contains).toList()));
	}

	/** The permissions this role grants, in the order of {@link Permissions#ALL}. */
	public Set<String> permissions() {
		return permissions;
	}

	public boolean grants(String permission) {
		return permissions.contains(permission);
	}

	/** The union of the permissions of the given roles. */
	public static Set<String> permissionsOf(Set<Role> roles) {
		Set<String> all = new LinkedHashSet<>();
		Permissions.ALL.stream().filter(p -> roles.stream().anyMatch(r -> r.grants(p))).forEach(all::add);
		return Collections.unmodifiableSet(all);
	}

	private static Set<String> reads() {
		return Permissions.ALL.stream().filter(p -> p.endsWith(":read")).collect(Collectors.toUnmodifiableSet());
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
	}
}
