package org.shouwang.security;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shouwang.platform.PermissionSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleTests {

	@Test
	void rolesAreSensiblePermissionSets() {
		assertThat(Role.ADMIN.permissions()).containsExactlyElementsOf(Permissions.ALL);
		assertThat(Role.COMMANDER.permissions()).contains("incident:dispatch", "report:read", "audit:read", "pii:unmask")
			.doesNotContain("incident:write", "user:write");
		assertThat(Role.DISPATCHER.permissions()).contains("incident:dispatch", "unit:write", "camera:read", "geo:read")
			.doesNotContain("case:read", "user:read");
		assertThat(Role.OFFICER.permissions()).contains("community:write", "hazard:write", "incident:read")
			.doesNotContain("incident:dispatch", "case:read");
		assertThat(Role.INVESTIGATOR.permissions()).contains("case:write").doesNotContain("community:write");
		assertThat(Role.INSPECTOR.permissions()).contains("inspection:write", "hazard:write").doesNotContain("case:read");
		assertThat(Role.ANALYST.permissions()).contains("indicator:read", "report:read", "incident:read")
			.doesNotContain("pii:unmask", "user:read", "audit:read")
			.allMatch(p -> p.endsWith(":read"));
		assertThat(java.util.Arrays.stream(Role.values()).filter(r -> r.grants(Permissions.CATALOGUE_WRITE)))
			.as("only administrators edit the incident catalogue")
			.containsExactly(Role.ADMIN);
		assertThat(Role.permissionsOf(java.util.Set.of(Role.INSPECTOR, Role.INVESTIGATOR)))
			.contains("inspection:write", "case:write");
	}

	/** The roles as they were when one central enum named every permission: composing the modules' grants keeps them. */
	@Test
	void theComposedRolesAreTheRolesOfBefore() {
		List<String> all = List.of("org:read", "org:write", "geo:read", "geo:write", "audit:read", "audit:verify",
				"user:read", "user:write", "pii:unmask", "incident:read", "incident:write", "incident:dispatch",
				"catalogue:write", "unit:read", "unit:write", "camera:read", "camera:write", "case:read", "case:write",
				"community:read", "community:write", "hazard:read", "hazard:write", "prevention:read", "prevention:write",
				"inspection:read", "inspection:write", "antifraud:read", "antifraud:write", "workforce:read",
				"workforce:write", "indicator:read", "report:read");
		assertThat(Permissions.ALL).containsExactlyElementsOf(all);
		List<String> reads = all.stream().filter(p -> p.endsWith(":read")).toList();
		Set<String> commander = new HashSet<>(reads);
		commander.addAll(Set.of("incident:dispatch", "pii:unmask"));
		assertThat(Role.COMMANDER.permissions()).containsExactlyInAnyOrderElementsOf(commander);
		assertThat(Role.DISPATCHER.permissions()).containsExactlyInAnyOrder("incident:read", "incident:write",
				"incident:dispatch", "unit:read", "unit:write", "camera:read", "geo:read", "org:read", "pii:unmask");
		assertThat(Role.OFFICER.permissions()).containsExactlyInAnyOrder("community:read", "community:write",
				"hazard:read", "hazard:write", "incident:read", "incident:write", "antifraud:read", "antifraud:write",
				"unit:read", "geo:read", "org:read", "pii:unmask");
		assertThat(Role.INVESTIGATOR.permissions()).containsExactlyInAnyOrder("case:read", "case:write",
				"incident:read", "camera:read", "antifraud:read", "geo:read", "org:read", "pii:unmask");
		assertThat(Role.INSPECTOR.permissions()).containsExactlyInAnyOrder("inspection:read", "inspection:write",
				"hazard:read", "hazard:write", "geo:read", "org:read");
		assertThat(Role.ANALYST.permissions()).containsExactlyInAnyOrderElementsOf(
				reads.stream().filter(p -> !p.equals("user:read") && !p.equals("audit:read")).toList());
	}

	@Test
	void eachModuleContributesItsOwnPermissions() {
		Map<String, List<String>> byModule = ServiceLoader.load(PermissionSet.class)
			.stream()
			.collect(Collectors.toMap(p -> p.type().getSimpleName(),
					p -> p.get().grants().stream().map(PermissionSet.Grant::permission).toList()));
		assertThat(byModule).containsEntry("OrganizationPermissions", List.of("org:read", "org:write"))
			.containsEntry("GeographyPermissions", List.of("geo:read", "geo:write"))
			.containsEntry("AuditPermissions", List.of("audit:read", "audit:verify"))
			.containsEntry("SecurityPermissions", List.of("user:read", "user:write", "pii:unmask"));
		assertThatThrownBy(() -> PermissionSet.Grant.of("Not A Name")).isInstanceOf(IllegalArgumentException.class);
	}
}
