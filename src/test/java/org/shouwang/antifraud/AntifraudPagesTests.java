package org.shouwang.antifraud;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.security.Role;
import org.shouwang.security.SignIn;
import org.shouwang.security.SystemActor;
import org.shouwang.security.TestUsers;
import org.shouwang.security.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The anti-fraud pages: the station's queue, an order's page with its forms, the list. */
@ShouwangTest
class AntifraudPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	FraudWarnings warnings;

	@Autowired
	Users users;

	@Autowired
	org.shouwang.geography.Grids grids;

	@Test
	void theStationsQueueShowsItsOpenOrdersWithCountdowns() {
		SignIn.Browser nanqiao = SignIn.browser(port, "nanqiao");
		HttpResponse<String> queue = nanqiao.get("/antifraud");
		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.body()).contains("反诈预警队列", "data-deadline", "YJ", "****").doesNotContain("值班台（未能定位）</td>");
		HttpResponse<String> english = nanqiao.get("/antifraud?lang=en");
		assertThat(english.body()).contains("Early-warning queue");
	}

	@Test
	void anOfficerTakesAnOrderToDissuadedThroughTheForms() {
		double[] at = AntifraudApiTests.wb01(grids);
		UUID id = SystemActor.call(SystemActor.SYSTEM, () -> warnings.create(UUID.randomUUID().toString(),
				new WarningInput(null, "13712345678", new WarningInput.Location(at[0], at[1], "南桥"), "HIGH",
						"ORDER_BRUSHING", "QQ 12345", null, null))).warning().id();
		String officer = TestUsers.create(users, "afp-wb01", "WB01", Role.OFFICER);
		SignIn.Browser browser = SignIn.browser(port, officer, TestUsers.PASSWORD);
		String path = "/antifraud/warnings/" + id;
		HttpResponse<String> page = browser.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("137****5678", "四查看三询问一保护", "af-contact-form").doesNotContain("13712345678");
		browser.refreshCsrf(path);
		HttpResponse<String> unmasked = browser.post(path + "/unmask", Map.of());
		assertThat(unmasked.body()).contains("13712345678", "审计");
		assertThat(browser.post(path + "/contact", Map.of("method", "CALL_96110")).statusCode()).isEqualTo(302);
		HttpResponse<String> noChecklist = browser.post(path + "/visit", Map.of());
		assertThat(noChecklist.statusCode()).isEqualTo(400);
		assertThat(browser.post(path + "/visit", Map.of("checklist", "ASKED")).statusCode()).isEqualTo(302);
		Map<String, String> outcome = new LinkedHashMap<>();
		outcome.put("outcome", "DISSUADED");
		outcome.put("lossAvoided", "abc");
		assertThat(browser.post(path + "/outcome", outcome).statusCode()).isEqualTo(400);
		outcome.put("lossAvoided", "20,000");
		assertThat(browser.post(path + "/outcome", outcome).statusCode()).isEqualTo(302);
		HttpResponse<String> closed = browser.get(path);
		assertThat(closed.body()).contains("劝阻成功", "20,000").doesNotContain("af-outcome-form");
		assertThat(SystemActor.call(SystemActor.SYSTEM, () -> warnings.get(id)).outcome()).isEqualTo(WarningOutcome.DISSUADED);
	}

	@Test
	void theListFiltersAndPagesAndAnalystsSeeNoForms() {
		SignIn.Browser analyst = SignIn.browser(port, "analyst");
		HttpResponse<String> list = analyst.get("/antifraud/warnings?outcome=DISSUADED&riskLevel=HIGH&page=1");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("劝阻成功", "上一页").doesNotContain("手工录入</a>");
		HttpResponse<String> none = analyst.get("/antifraud/warnings?q=NO-SUCH-NUMBER");
		assertThat(none.body()).contains("没有符合条件的预警指令");
	}

	@Test
	void handEntryValidatesAndRoutes() {
		SignIn.Browser admin = SignIn.browser(port, "admin");
		admin.refreshCsrf("/antifraud/warnings/new");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("idempotencyKey", UUID.randomUUID().toString());
		form.put("victimPhone", "12");
		form.put("riskLevel", "HIGH");
		form.put("fraudType", "FAKE_LOAN");
		form.put("lat", "north");
		HttpResponse<String> bad = admin.post("/antifraud/warnings", form);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("请修正标红的字段", "must be a phone number");
		form.put("victimPhone", "13600000000");
		form.put("lat", "");
		HttpResponse<String> created = admin.post("/antifraud/warnings", form);
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElse("")).contains("/antifraud/warnings/");
	}
}
