package org.shouwang.security;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

import org.shouwang.platform.PermissionSet;

/**
 * The roles of a district branch, each a named set of permissions. The permissions and who holds them are
 * contributed by the modules ({@link PermissionSet}, found with {@link ServiceLoader}); this enum composes them:
 * the administrator holds every permission, every other role the permissions whose grants name it.
 */
public enum Role {

	/** System administrator: everything. */
	ADMIN,

	/** Branch leadership (分局领导 / 指挥长): reads everything, sees personal data, may dispatch. */
	COMMANDER,

	/** Command-centre operator (情指中心): incidents and dispatch, units, cameras, the map, the org tree. */
	DISPATCHER,

	/** Station officer (社区民警): community work, hazards, anti-fraud dissuasion and the incidents of the station. */
	OFFICER,

	/** Investigator (刑侦 / 经侦): cases, with the incidents and cameras they start from. */
	INVESTIGATOR,

	/** Special-industry inspector (治安 / 重点行业): inspections and hazards. */
	INSPECTOR,

	/** Statistics and reports: reads all business data and indicators, never personal data in full, not users or audit. */
	ANALYST;

	/** The permissions this role grants, in the order of {@link Permissions#ALL}. */
	public Set<String> permissions() {
		return Grants.BY_ROLE.get(this);
	}

	public boolean grants(String permission) {
		return permissions().contains(permission);
	}

	/** The union of the permissions of the given roles. */
	public static Set<String> permissionsOf(Set<Role> roles) {
		Set<String> all = new LinkedHashSet<>();
		Grants.ALL.stream().filter(p -> roles.stream().anyMatch(r -> r.grants(p))).forEach(all::add);
		return Collections.unmodifiableSet(all);
	}

	/** The modules' contributions, composed once (after the enum itself is initialised). */
	static final class Grants {

		/** Every permission, in the order of the contributions and of their grants. */
		static final List<String> ALL;

		static final Map<Role, Set<String>> BY_ROLE;

		static {
			List<PermissionSet.Grant> grants = ServiceLoader.load(PermissionSet.class, Role.class.getClassLoader())
				.stream()
				.flatMap(provider -> provider.get().grants().stream())
				.toList();
			Set<String> names = new LinkedHashSet<>();
			Map<Role, Set<String>> byRole = new EnumMap<>(Role.class);
			for (Role role : values()) {
				byRole.put(role, new LinkedHashSet<>());
			}
			for (PermissionSet.Grant grant : grants) {
				if (!names.add(grant.permission())) {
					throw new IllegalStateException("Two modules contribute the permission " + grant.permission());
				}
				byRole.get(ADMIN).add(grant.permission());
				for (String role : grant.roles()) {
					byRole.get(Role.valueOf(role)).add(grant.permission());
				}
			}
			ALL = List.copyOf(names);
			byRole.replaceAll((role, permissions) -> Collections.unmodifiableSet(permissions));
			BY_ROLE = Collections.unmodifiableMap(byRole);
		}

		private Grants() {
		}
	}
}
