package org.shouwang.demo;

import java.util.List;
import java.util.Set;

import org.shouwang.organization.Officer;
import org.shouwang.organization.OfficerFilter;
import org.shouwang.organization.OfficerRole;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.security.NewUser;
import org.shouwang.security.Role;
import org.shouwang.security.SystemActor;
import org.shouwang.security.Users;

import org.springframework.stereotype.Component;

/** The demo accounts of API.md, all with the password {@value #PASSWORD} (demo district only). */
@Component
class SecurityDemoStep implements DemoStep {

	static final String PASSWORD = "Demo@Weibin2025";

	private final Users users;

	private final OrganizationDirectory organization;

	SecurityDemoStep(Users users, OrganizationDirectory organization) {
		this.users = users;
		this.organization = organization;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public String name() {
		return "security";
	}

	@Override
	public void load(DemoContext context) {
		// nanqiao is 南桥派出所's community officer 韩金涛 (named in the branch's 2025 summary).
		String nanqiaoBadge = SystemActor.call(SystemActor.DEMO, () -> organization
			.officers(new OfficerFilter("WB01", OfficerRole.COMMUNITY_OFFICER, null, true, "韩金涛"), 0, 1)
			.items()
			.stream()
			.findFirst()
			.map(Officer::badgeNumber)
			.orElse(null));
		List<NewUser> accounts = List.of(
				new NewUser("admin", "系统管理员", Set.of(Role.ADMIN), "WB", null, PASSWORD),
				new NewUser("commander", "分局指挥长", Set.of(Role.COMMANDER), "WB", null, PASSWORD),
				new NewUser("dispatcher", "情指中心值班员", Set.of(Role.DISPATCHER), "WB-ZHZX", null, PASSWORD),
				new NewUser("nanqiao", "南桥派出所社区民警", Set.of(Role.OFFICER), "WB01", nanqiaoBadge, PASSWORD),
				new NewUser("analyst", "统计分析员", Set.of(Role.ANALYST), "WB", null, PASSWORD));
		for (NewUser account : accounts) {
			users.createDemoAccount(account);
		}
		context.progress("{} demo accounts (admin, commander, dispatcher, nanqiao, analyst)", accounts.size());
	}
}
