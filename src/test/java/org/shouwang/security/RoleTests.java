package org.shouwang.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
}
