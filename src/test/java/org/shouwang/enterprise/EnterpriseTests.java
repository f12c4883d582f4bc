package org.shouwang.enterprise;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.security.Role;
import org.shouwang.security.SignIn;
import org.shouwang.security.SystemActor;
import org.shouwang.security.TestUsers;
import org.shouwang.security.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 警企 liaison end to end: registry, liaison, an issue followed up to closure, scope, pages. */
@ShouwangTest
class EnterpriseTests {

	@LocalServerPort
	int port;

	@Autowired
	Enterprises enterprises;

	@Autowired
	Users users;

	@Test
	void anIssueIsFollowedUpToClosure() {
		Enterprise e = SystemActor.call(SystemActor.SYSTEM, () -> enterprises.register(new EnterpriseInputs.EnterpriseInput(
				"测试企业 " + UUID.randomUUID(), Enterprise.Kind.KEY_ENTERPRISE, "平原路", null, null, "WB01", "王建国", "副局长",
				true)));
		assertThat(e.stationCode()).isEqualTo("WB01");
		assertThat(e.demo()).as("created by a job, not the demo district").isFalse();
		assertThat(e.policePost()).isTrue();
		assertThatThrownBy(() -> SystemActor.run(SystemActor.SYSTEM, () -> enterprises.register(
				new EnterpriseInputs.EnterpriseInput(e.name(), Enterprise.Kind.KEY_ENTERPRISE, null, null, null, "WB01", null,
						null, false)))).isInstanceOf(ConflictException.class);
		EnterpriseIssue closed = SystemActor.call(SystemActor.SYSTEM, () -> {
			Liaison l = enterprises.recordLiaison(e.id(), new EnterpriseInputs.LiaisonInput(Liaison.Kind.MEETING,
					LocalDate.of(2026, 3, 1), "警企座谈"));
			EnterpriseIssue i = enterprises.raiseIssue(e.id(), new EnterpriseInputs.IssueInput(l.id(), LocalDate.of(2026, 3, 1),
					"夜间照明不足"));
			assertThat(enterprises.followUp(i.id(), new EnterpriseInputs.FollowUpInput(LocalDate.of(2026, 3, 3), "已对接路灯管理所"))
				.status()).isEqualTo(EnterpriseIssue.Status.IN_PROGRESS);
			assertThatThrownBy(() -> enterprises.close(i.id(), new EnterpriseInputs.CloseInput(LocalDate.of(2026, 2, 1), "x")))
				.isInstanceOf(InvalidInputException.class);
			return enterprises.close(i.id(), new EnterpriseInputs.CloseInput(LocalDate.of(2026, 3, 20), "路灯已修复"));
		});
		assertThat(closed.status()).isEqualTo(EnterpriseIssue.Status.CLOSED);
		EnterpriseInputs.EnterpriseDetail detail = SystemActor.call(SystemActor.SYSTEM, () -> enterprises.detail(e.id()));
		assertThat(detail.liaisons()).hasSize(1);
		assertThat(detail.issues()).singleElement().satisfies(iw -> assertThat(iw.followUps()).hasSize(1));
		assertThatThrownBy(() -> SystemActor.run(SystemActor.SYSTEM, () -> enterprises.followUp(closed.id(),
				new EnterpriseInputs.FollowUpInput(LocalDate.of(2026, 3, 21), "x")))).isInstanceOf(ConflictException.class);
	}

	@Test
	void anotherStationGets404AndTheDemoRegistryIsThere() throws Exception {
		Enterprise e = SystemActor.call(SystemActor.SYSTEM, () -> enterprises.register(new EnterpriseInputs.EnterpriseInput(
				"南桥测试项目 " + UUID.randomUUID(), Enterprise.Kind.MAJOR_PROJECT, null, null, null, "WB01", null, null, false)));
		String wb02 = TestUsers.create(users, "ent-wb02", "WB02", Role.OFFICER);
		String token = SignIn.token(port, wb02, TestUsers.PASSWORD);
		HttpResponse<String> hidden = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
				+ port + "/api/v1/enterprises/" + e.id())).header("Authorization", "Bearer " + token).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(hidden.statusCode()).isEqualTo(404);
		assertThat(hidden.body()).doesNotContain("南桥测试项目");
		HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
				+ port + "/api/v1/enterprises?size=200")).header("Authorization", "Bearer " + token).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(list.body()).contains("\"demo\":true").contains("胜利路智慧商圈").doesNotContain("南桥测试项目").doesNotContain("卫河生态治理工程");

		SignIn.Browser admin = SignIn.browser(port, "admin");
		HttpResponse<String> page = admin.get("/enterprises?kind=MAJOR_PROJECT");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("警企联络", "卫河生态治理工程");
		assertThat(admin.get("/enterprises/" + e.id()).body()).contains("问题跟踪", "座谈与走访");
	}
}
