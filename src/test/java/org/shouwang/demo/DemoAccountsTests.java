package org.shouwang.demo;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.security.Role;
import org.shouwang.security.TestActors;
import org.shouwang.security.UserView;
import org.shouwang.security.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo accounts of API.md exist with their roles and scopes; nanqiao is officer 韩金涛 of 南桥派出所. */
@ShouwangTest
class DemoAccountsTests {

	@Autowired
	Users users;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	DemoSettings settings;

	@Test
	void demoAccountsMatchTheApiContract() {
		assertThat(settings.enabled()).isTrue();
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("test", null,
				List.of(new SimpleGrantedAuthority("user:read"))));
		try {
			assertThat(users.get("admin").roles()).isEqualTo(Set.of(Role.ADMIN));
			assertThat(users.get("commander").roles()).isEqualTo(Set.of(Role.COMMANDER));
			assertThat(users.get("dispatcher").roles()).isEqualTo(Set.of(Role.DISPATCHER));
			assertThat(users.get("analyst").roles()).isEqualTo(Set.of(Role.ANALYST));
			UserView nanqiao = users.get("nanqiao");
			assertThat(nanqiao.roles()).isEqualTo(Set.of(Role.OFFICER));
			assertThat(nanqiao.scopeUnitCode()).isEqualTo("WB01");
			assertThat(TestActors.branch(() -> organization.findOfficerByBadge(nanqiao.officerBadge()))).hasValueSatisfying(officer -> {
				assertThat(officer.name()).isEqualTo("韩金涛");
				assertThat(officer.unitCode()).isEqualTo("WB01");
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
