package org.shouwang.cases.internal;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.cases.CaseFilter;
import org.shouwang.cases.CaseKind;
import org.shouwang.cases.CaseSummary;
import org.shouwang.cases.CaseWork;
import org.shouwang.security.Role;
import org.shouwang.security.SignIn;
import org.shouwang.security.SystemActor;
import org.shouwang.security.TestUsers;
import org.shouwang.security.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case pages: the new-case form validates (400, the fields marked, nothing created) and opens a case; the list,
 * the case page, the queue and the operation board render; a station user gets 404 for another station's case page
 * and lists only their own station's cases.
 */
@ShouwangTest
class CasePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	CaseWork cases;

	@Autowired
	JdbcClient jdbc;

	private SignIn.Browser wb01() {
		SignIn.Browser browser = SignIn.browser(port, TestUsers.create(users, "cp-nq", "WB01", Role.INVESTIGATOR), TestUsers.PASSWORD);
		browser.refreshCsrf("/cases/new");
		return browser;
	}

	@Test
	void theNewCaseFormValidatesAndOpensACase() {
		SignIn.Browser browser = wb01();
		HttpResponse<String> form = browser.get("/cases/new");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("新建案件", "name=\"offence\"");
		long before = jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single();
		HttpResponse<String> bad = browser.post("/cases", Map.of("offence", "NOPE", "title", ""));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("请更正标出的内容", "field-error");
		assertThat(jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single()).isEqualTo(before);
		HttpResponse<String> ok = browser.post("/cases", Map.of("offence", "BURGLARY", "source", "WALK_IN", "title", "页面测试入室盗窃案",
				"stationCode", "WB01", "idempotencyKey", java.util.UUID.randomUUID().toString()));
		assertThat(ok.statusCode()).isEqualTo(302);
		String location = ok.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/cases/");
		HttpResponse<String> page = browser.get(location.substring(location.indexOf("/cases/")));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("页面测试入室盗窃案", "受理", "立案", "不予立案");
	}

	@Test
	void listsQueueAndBoardRenderAndAnotherStationsCaseIsNotFound() {
		SignIn.Browser browser = wb01();
		HttpResponse<String> list = browser.get("/cases?kind=CRIMINAL");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("case-table").doesNotContain(">WB02<");
		assertThat(browser.get("/cases/queue").statusCode()).isEqualTo(200);
		assertThat(browser.get("/cases/operations").statusCode()).isEqualTo(200);
		CaseSummary other = SystemActor.call(SystemActor.SYSTEM, () -> cases.list(new CaseFilter(CaseKind.CRIMINAL, null, null,
				"WB02", null, null, null, null, null, null, null), 0, 1).items().get(0));
		HttpResponse<String> page = browser.get("/cases/" + other.id());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain(other.number());
		HttpResponse<String> own = SignIn.browser(port, "commander").get("/cases/" + other.id());
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains(other.number(), "时间线");
	}
}
