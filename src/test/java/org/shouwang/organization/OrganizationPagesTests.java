package org.shouwang.organization;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.security.SignIn;
import org.shouwang.security.TestActors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke test of the admin pages, signed in as the demo admin: they render in Chinese, list the demo data and
 * show form errors in place.
 */
@ShouwangTest
class OrganizationPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationDirectory directory;

	private SignIn.Browser browser;

	private HttpClient http;

	@BeforeEach
	void signIn() {
		browser = SignIn.browser(port, "admin");
		http = browser.client();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A form POST of the signed-in session, with its CSRF token. */
	private HttpResponse<String> post(String path, String form) throws Exception {
		String withCsrf = (form.isEmpty() ? "" : form + "&") + "_csrf=" + enc(browser.csrf());
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(withCsrf))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void unitTreeShowsTheBranchWithCounts() throws Exception {
		HttpResponse<String> page = get("/admin/organization");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("组织机构", "市公安局卫滨分局", "南桥派出所", "情指中心", "刑侦大队", "警务室", "演示数据", "新建机构")
			.doesNotContain("??");
	}

	@Test
	void officerListFiltersAndPages() throws Exception {
		HttpResponse<String> page = get("/admin/officers");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("民警与辅警", "警号", "警衔", "演示数据", "下一页").doesNotContain("??");
		HttpResponse<String> han = get("/admin/officers?q=" + enc("韩金涛") + "&unitCode=WB01&role=COMMUNITY_OFFICER&active=true");
		assertThat(han.statusCode()).isEqualTo(200);
		assertThat(han.body()).contains("韩金涛", "社区民警", "南桥派出所");
		HttpResponse<String> none = get("/admin/officers?q=" + enc("没有这个人"));
		assertThat(none.body()).contains("没有符合条件的人员");
	}

	@Test
	void dutyUnitListShowsKindsAndCapabilities() throws Exception {
		HttpResponse<String> page = get("/admin/duty-units?stationCode=WB01");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("执勤单元", "巡逻车组", "WB01-C1", "水上救援", "南桥派出所").doesNotContain("??");
	}

	@Test
	void formsRenderAndShowFieldErrorsNextToTheFields() throws Exception {
		for (String path : new String[] { "/admin/organization/new?parent=WB", "/admin/officers/new", "/admin/duty-units/new",
				"/admin/organization/WB01/edit", "/admin/organization/WB01/deactivate" }) {
			HttpResponse<String> form = get(path);
			assertThat(form.statusCode()).as(path).isEqualTo(200);
			assertThat(form.body()).as(path).contains("<form").doesNotContain("??");
		}
		HttpResponse<String> invalid = post("/admin/officers/new", "badgeNumber=12&name=&rank=SERGEANT_1&role=PATROL_OFFICER&unitCode=WB01");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("请修正", "警号须为 6 位数字", "必填", "field-error");
		HttpResponse<String> wrongNumber = post("/admin/organization/new", "code=T-X&name=" + enc("测试") + "&kind=DEPARTMENT&parentCode=WB&sortOrder=abc");
		assertThat(wrongNumber.statusCode()).isEqualTo(400);
		assertThat(wrongNumber.body()).contains("格式不正确");
	}

	@Test
	void createsAndDeactivatesThroughTheForms() throws Exception {
		String code = TestData.code("UI");
		HttpResponse<String> created = post("/admin/organization/new",
				"code=" + code + "&name=" + enc("界面测试大队") + "&kind=DEPARTMENT&parentCode=WB&sortOrder=500");
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(directory.unit(code).name()).isEqualTo("界面测试大队");
		HttpResponse<String> duplicate = post("/admin/organization/new",
				"code=" + code + "&name=" + enc("界面测试大队") + "&kind=DEPARTMENT&parentCode=WB&sortOrder=500");
		assertThat(duplicate.statusCode()).isEqualTo(409);
		assertThat(duplicate.body()).contains("已被使用");

		String badge = TestData.badge();
		assertThat(post("/admin/officers/new", "badgeNumber=" + badge + "&name=" + enc("界面民警")
				+ "&rank=SERGEANT_3&role=INVESTIGATOR&unitCode=" + code + "&workPhone=").statusCode()).isEqualTo(302);
		Officer officer = TestActors.branch(() -> directory.findOfficerByBadge(badge)).orElseThrow();
		assertThat(officer.workPhone()).isNull();

		// Still has an officer: refused, the unit stays active.
		assertThat(post("/admin/organization/" + code + "/deactivate", "").statusCode()).isEqualTo(302);
		assertThat(directory.unit(code).active()).isTrue();
		assertThat(get("/admin/officers/" + officer.id() + "/deactivate").body()).contains("确认停用", "界面民警");
		assertThat(post("/admin/officers/" + officer.id() + "/deactivate", "").statusCode()).isEqualTo(302);
		assertThat(post("/admin/organization/" + code + "/deactivate", "").statusCode()).isEqualTo(302);
		assertThat(directory.unit(code).active()).isFalse();
		assertThat(get("/admin/organization").body()).contains("界面测试大队", "已停用");
	}

	@Test
	void pagesSwitchToEnglish() throws Exception {
		HttpResponse<String> page = get("/admin/officers?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Officers and auxiliaries", "Badge number", "Community officer");
	}
}
